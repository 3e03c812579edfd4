// Results that finish in any order, handed on in the order they were started:
// the stream writes documents in input order however the workers finish them.
// Holds only the results that finished ahead of an unfinished earlier one.

export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  /** Records result number `sequence` (0, 1, 2 ...); returns the results now ready, in order. */
  put(sequence: number, result: T): T[] {
    if (sequence < this.next || this.waiting.has(sequence)) throw new Error(`result ${sequence} was already given`);
    this.waiting.set(sequence, result);
    const ready: T[] = [];
    for (let value = this.waiting.get(this.next); this.waiting.has(this.next); value = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      ready.push(value as T);
    }
    return ready;
  }

  /** How many results have been handed on. */
  get handedOn(): number {
    return this.next;
  }

  /** Results that finished but wait for an earlier one. */
  get held(): number {
    return this.waiting.size;
  }
}
