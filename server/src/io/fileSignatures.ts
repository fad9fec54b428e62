// Magic numbers of binary formats that turn up in article folders: exports saved as PDF or Office
// documents, screenshots, archives. A file starting with one of these is skipped with the format's
// name, which tells the reader far more than "binary file".

/** One binary format: its name as shown to the reader, and the bytes its files start with. */
export interface FileSignature {
  name: string;
  /** The first bytes of such a file; null matches any byte. */
  bytes: readonly (number | null)[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Known binary formats, checked in order. */
export const binaryFileSignatures: readonly FileSignature[] = [
  { name: 'PDF', bytes: ascii('%PDF') },
  { name: 'PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF87a') },
  { name: 'GIF image', bytes: ascii('GIF89a') },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'legacy Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { name: 'ELF executable', bytes: [0x7f, ...ascii('ELF')] },
  { name: 'SQLite database', bytes: ascii('SQLite format 3\0') },
];

/** The name of the binary format `bytes` starts with, or null. */
export function detectBinarySignature(bytes: Uint8Array): string | null {
  for (const signature of binaryFileSignatures) {
    if (bytes.length < signature.bytes.length) continue;
    const matches = signature.bytes.every((expected, index) => expected === null || bytes[index] === expected);
    if (matches) return signature.name;
  }
  return null;
}
