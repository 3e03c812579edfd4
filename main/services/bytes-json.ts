// JSON with bytes: the loopback bridge carries Uint8Array arguments (dropped files)
// as {"$bytes": "<base64>"}. The browser side (renderer/bridge/http-api.ts) writes
// that form with its own small encoder; this is the Node side that reads it.

/** JSON.parse reviver turning {"$bytes": base64} back into a Uint8Array. */
export function reviveBytes(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const encoded = (value as { $bytes?: unknown }).$bytes;
    if (keys.length === 1 && typeof encoded === 'string') {
      const buffer = Buffer.from(encoded, 'base64');
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
  }
  return value;
}

/** JSON.stringify replacer writing Uint8Array as {"$bytes": base64} (for tests and Node clients). */
export function replaceBytes(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : value;
}
