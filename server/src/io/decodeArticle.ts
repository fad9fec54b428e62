// Turns the bytes of a file into article text, or into a clear reason why the file is skipped.
// Pure (bytes in, result out) so the server, the CLI and the tests share one decision. The text it
// returns is what every offset refers to: a removed byte order mark is not counted, CRLF is kept, and
// every replacement keeps the length of what it replaces wherever that is possible, so offsets line up
// with what the editor shows for the same file.

import { detectBinarySignature } from './fileSignatures';
import { decodeWindows1252, windows1252UndefinedBytes } from './windows1252';

/** The outcome of reading one article file: its text and how it was decoded, or why it was skipped. */
export type ReadResult =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** Files larger than this are skipped unread. */
  maxBytes: number;
  /** How the reader raises the limit, appended to the size reason. */
  sizeLimitHint?: string;
}

/** The hint for the size limit when the caller names none: the extension's setting. */
export const defaultSizeLimitHint = 'raise finnews.maxFileSizeKB to analyse it';

/** How many leading bytes the binary and UTF-16 checks look at. */
const sampleLength = 8 * 1024;

/**
 * Above this share of control bytes in the sample, a file is binary. Text has almost none (tab, line
 * ends and form feed are not counted); random or compressed bytes have about 11 %.
 */
const binaryControlShare = 0.02;

/** A handful of stray control bytes in a tiny file do not make it binary. */
const binaryControlMinimumCount = 4;

/** UTF-16 without a byte order mark shows NULs in every other byte of ASCII-heavy text. */
const utf16NulShare = { alternatingAtLeast: 0.3, otherAtMost: 0.02 };

/**
 * Latin-script text has few non-ASCII letters among its ASCII letters (German about 2 %). Above this
 * share an invalid-UTF-8 file is more likely another single-byte code page, such as Cyrillic, which
 * Windows-1252 would turn into nonsense.
 */
const windows1252MaxHighByteShare = 0.3;

/** Below one valid UTF-8 sequence per this many invalid ones, a file is not (mostly) UTF-8. */
const windows1252InvalidPerValidUtf8 = 10;

/** The reason shown for a file over the size limit. */
export function sizeLimitReason(sizeInBytes: number, maxBytes: number, hint = defaultSizeLimitHint): string {
  const limit = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KB` : `${maxBytes}-byte`;
  return `larger than the ${limit} limit (${sizeInBytes} bytes); ${hint}`;
}

/** Decodes the bytes of an article file, or says why it cannot be read as text. */
export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions): ReadResult {
  if (bytes.length > options.maxBytes) {
    return { ok: false, reason: sizeLimitReason(bytes.length, options.maxBytes, options.sizeLimitHint) };
  }
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', notes: [] };

  const byteOrderMark = detectByteOrderMark(bytes);
  if (byteOrderMark === 'utf-16le' || byteOrderMark === 'utf-16be') {
    const text = new TextDecoder(byteOrderMark, { ignoreBOM: false }).decode(bytes);
    return withNulsReplaced(text, byteOrderMark, [`decoded as ${byteOrderMark.toUpperCase()} (byte order mark)`]);
  }
  const body = byteOrderMark === 'utf-8' ? bytes.subarray(3) : bytes;
  const notes = byteOrderMark === 'utf-8' ? ['UTF-8 byte order mark removed'] : [];

  const format = detectBinarySignature(body);
  if (format) return { ok: false, reason: `binary file (${format})` };

  // The common case, valid UTF-8 without a single control byte, needs none of the checks below:
  // they all look for NULs or control bytes. One early-exit pass over the bytes rules them out,
  // and the native decoder validates and decodes (a regex over the decoded text costs three times
  // that pass).
  const plain = hasControlByte(body) ? null : decodeStrictUtf8(body);
  if (plain !== null) return { ok: true, text: plain, encoding: 'utf-8', notes };

  const sample = body.subarray(0, sampleLength);
  const utf16 = detectUtf16WithoutByteOrderMark(sample);
  if (utf16) {
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(body);
    return withNulsReplaced(text, utf16, [
      ...notes,
      `decoded as ${utf16.toUpperCase()} (no byte order mark; told by its NUL bytes)`,
    ]);
  }

  const controlBytes = countControlBytes(sample);
  if (controlBytes > binaryControlMinimumCount && controlBytes / sample.length > binaryControlShare) {
    const percent = Math.round((100 * controlBytes) / sample.length);
    const where = sample.length === sampleLength ? ` in the first ${sampleLength / 1024} KB` : '';
    return { ok: false, reason: `binary file (${percent} % control bytes${where})` };
  }

  // Valid UTF-8 is the common case: the native decoder validates and decodes it in one pass. Only
  // bytes it rejects are scanned in JavaScript, for the Windows-1252 guess.
  const strict = decodeStrictUtf8(body);
  if (strict !== null) return withNulsReplaced(strict, 'utf-8', notes);
  const stats = scanUtf8(body);
  if (looksLikeWindows1252(stats)) {
    return withNulsReplaced(decodeWindows1252(body), 'windows-1252', [...notes, 'decoded as Windows-1252']);
  }
  const places = stats.invalidSequences === 1 ? 'place' : 'places';
  return withNulsReplaced(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), 'utf-8', [
    ...notes,
    `invalid UTF-8 replaced at ${stats.invalidSequences} ${places}`,
  ]);
}

function detectByteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function detectUtf16WithoutByteOrderMark(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) nulsAtEven++;
    if (sample[index + 1] === 0) nulsAtOdd++;
  }
  const { alternatingAtLeast, otherAtMost } = utf16NulShare;
  if (nulsAtOdd / pairs >= alternatingAtLeast && nulsAtEven / pairs <= otherAtMost) return 'utf-16le';
  if (nulsAtEven / pairs >= alternatingAtLeast && nulsAtOdd / pairs <= otherAtMost) return 'utf-16be';
  return null;
}

const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text if the bytes are valid UTF-8 (as scanUtf8 finds no invalid sequence), else null. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Whether any byte is a control byte (NUL included). */
function hasControlByte(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if (isControlByte(bytes[index])) return true;
  return false;
}

/**
 * Counts bytes that do not occur in text. Tab, line feed, vertical tab, form feed and carriage return
 * are text; so is SUB (0x1A), which old DOS archives put at the end of a file.
 */
function countControlBytes(sample: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < sample.length; index++) if (isControlByte(sample[index])) count++;
  return count;
}

function isControlByte(byte: number): boolean {
  return byte < 0x20 ? (byte < 0x09 || byte > 0x0d) && byte !== 0x1a : byte === 0x7f;
}

/** What one pass over the bytes finds: UTF-8 validity, and the statistics of the Windows-1252 guess. */
export interface Utf8Scan {
  invalidSequences: number;
  validMultiByteSequences: number;
  highBytes: number;
  asciiLetters: number;
  windows1252UndefinedBytes: number;
}

/**
 * Validates UTF-8 the way the WHATWG decoder does, so `invalidSequences` equals the number of U+FFFD
 * that TextDecoder inserts, and collects what the Windows-1252 guess needs in the same pass.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = {
    invalidSequences: 0,
    validMultiByteSequences: 0,
    highBytes: 0,
    asciiLetters: 0,
    windows1252UndefinedBytes: 0,
  };
  let bytesNeeded = 0;
  let bytesSeen = 0;
  let lowerBoundary = 0x80;
  let upperBoundary = 0xbf;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (bytesNeeded === 0) {
      // Statistics are taken once per byte, on the first visit only.
      if (byte >= 0x80) {
        scan.highBytes++;
        if (windows1252UndefinedBytes.has(byte)) scan.windows1252UndefinedBytes++;
      } else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) {
        scan.asciiLetters++;
      }
      if (byte <= 0x7f) continue;
      if (byte >= 0xc2 && byte <= 0xdf) {
        bytesNeeded = 1;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lowerBoundary = 0xa0;
        if (byte === 0xed) upperBoundary = 0x9f;
        bytesNeeded = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lowerBoundary = 0x90;
        if (byte === 0xf4) upperBoundary = 0x8f;
        bytesNeeded = 3;
      } else {
        scan.invalidSequences++;
      }
      continue;
    }
    if (byte < lowerBoundary || byte > upperBoundary) {
      // The sequence ends early; the byte starts afresh, as in the WHATWG decoder.
      bytesNeeded = 0;
      bytesSeen = 0;
      lowerBoundary = 0x80;
      upperBoundary = 0xbf;
      scan.invalidSequences++;
      index--;
      continue;
    }
    if (byte >= 0x80) scan.highBytes++;
    lowerBoundary = 0x80;
    upperBoundary = 0xbf;
    bytesSeen++;
    if (bytesSeen === bytesNeeded) {
      scan.validMultiByteSequences++;
      bytesNeeded = 0;
      bytesSeen = 0;
    }
  }
  if (bytesNeeded !== 0) scan.invalidSequences++;
  return scan;
}

/** True when invalid UTF-8 reads as Latin-script text in Windows-1252, as old German archives do. */
function looksLikeWindows1252(scan: Utf8Scan): boolean {
  if (scan.windows1252UndefinedBytes > 0) return false;
  if (scan.validMultiByteSequences * windows1252InvalidPerValidUtf8 > scan.invalidSequences) return false;
  return scan.highBytes <= windows1252MaxHighByteShare * (scan.highBytes + scan.asciiLetters);
}

function withNulsReplaced(text: string, encoding: string, notes: string[]): ReadResult {
  // A NUL is replaced by a space rather than removed, so every later offset stays where it was.
  let nuls = 0;
  const cleaned = text.includes('\0')
    ? text.replace(/\0/g, () => {
        nuls++;
        return ' ';
      })
    : text;
  if (nuls > 0) notes.push(`${nuls} NUL ${nuls === 1 ? 'byte' : 'bytes'} replaced with spaces`);
  return { ok: true, text: cleaned, encoding, notes };
}
