// Windows-1252 decoding, done by hand because Node's own TextDecoder('windows-1252') is wrong on the
// Node versions we support: since v20.18.3 it takes a Latin-1 fast path and turns 0x80 into U+0080
// instead of "€" (nodejs/node#56542, #60888). German archive exports use exactly those bytes for
// "€", „ and “, so the table below follows the WHATWG Encoding Standard's index-windows-1252.

/** Code points of the bytes 0x80–0x9F; every other byte maps to the code point of the same value. */
export const windows1252HighCodePoints: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87: € (81) ‚ ƒ „ … † ‡
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, // 88–8F: ˆ ‰ Š ‹ Œ (8D) Ž (8F)
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90–97: (90) ‘ ’ “ ” • – —
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178, // 98–9F: ˜ ™ š › œ (9D) ž Ÿ
];

/** Bytes that Windows-1252 leaves undefined; a file holding them is not Windows-1252 text. */
export const windows1252UndefinedBytes: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes Windows-1252 bytes; one byte always becomes one UTF-16 code unit. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) =>
    String.fromCharCode(windows1252HighCodePoints[char.charCodeAt(0) - 0x80]),
  );
}
