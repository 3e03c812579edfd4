// Lookups in ascending arrays of offsets (paragraph or line starts).

/** Index of the last start at or before offset (0 when offset precedes them all): binary search. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle; else high = middle - 1;
  }
  return low;
}
