/**
 * Hex digits written as bytes, checked one character at a time. Node's own hex decoding (`Buffer.write(s, "hex")`,
 * `Buffer.from(s, "hex")`) reads only the low byte of a character beyond latin1, so "\u0131" ("ı") passes as the digit
 * "1": a malformed address or id would be read as another, valid one. The fast paths that turn hex a caller gives into
 * bytes without viem and without a hex pattern matched first (the lens encoder, `fromBytes32Name`,
 * `assetCounterpartyKey`) go through `writeHexDigits`.
 */

/** Each ASCII character's value as a hex digit (0–15); 255 for any other character. */
const NIBBLE = new Uint8Array(128).fill(255);
for (let v = 0; v < 16; v++) {
  NIBBLE["0123456789abcdef".charCodeAt(v)] = v;
  NIBBLE["0123456789ABCDEF".charCodeAt(v)] = v;
}

/**
 * The `n` bytes whose hex digits (either case) start at `s[from]` (default 2: after `0x`, not checked here), written
 * at `at` of `b`; false at the first character that is not a hex digit or past the end of `s` (what was written
 * before it stays). About the CPU of the slice and native write it replaces (wire15's in-process A/B of the lens
 * calls' encoding, session 9; no bench keeps it).
 */
export function writeHexDigits(b: Buffer, at: number, s: string, n: number, from = 2): boolean {
  for (let k = 0; k < n; k++) {
    const h = s.charCodeAt(from + 2 * k);
    const l = s.charCodeAt(from + 1 + 2 * k);
    // NaN past the end fails `< 128` too
    const hi = h < 128 ? NIBBLE[h]! : 255;
    const lo = l < 128 ? NIBBLE[l]! : 255;
    if ((hi | lo) > 15) return false;
    b[at + k] = (hi << 4) | lo;
  }
  return true;
}
