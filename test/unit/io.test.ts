// The I/O layer: decoding article bytes, reading files, finding articles in a folder, the company
// table file, and offset-to-position conversion.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  checkGlob,
  createArticleMatcher,
  createPositionMapper,
  decodeArticleBytes,
  describeFileError,
  findArticleFiles,
  readArticleFile,
  readCompanyTableFile,
} from '../../server/src/io';
import { scanUtf8 } from '../../server/src/io/decodeArticle';
import { defaultSettings } from '../../server/src/protocol/settings';
import { LineIndex } from '../../server/src/lsp/lineIndex';

const limit = { maxBytes: 5120 * 1024 };
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeArticleBytes', () => {
  test('plain UTF-8 is returned as it is, CRLF included', () => {
    assert.deepEqual(decodeArticleBytes(bytes('Größe: 5 €\r\nZeile 2'), limit), { ok: true, text: 'Größe: 5 €\r\nZeile 2', encoding: 'utf-8', notes: [] });
  });

  test('an empty file is an empty text', () => {
    assert.deepEqual(decodeArticleBytes(new Uint8Array(0), limit), { ok: true, text: '', encoding: 'utf-8', notes: [] });
  });

  test('a UTF-8 byte order mark is removed and noted', () => {
    assert.deepEqual(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], 'Ä'), limit), { ok: true, text: 'Ä', encoding: 'utf-8', notes: ['UTF-8 byte order mark removed'] });
  });

  test('UTF-16 is decoded by its byte order mark, little and big endian', () => {
    const text = 'Umsatz 3,2 Mrd. € – „gut“';
    assert.deepEqual(decodeArticleBytes(bytes([0xff, 0xfe], [...Buffer.from(text, 'utf16le')]), limit), {
      ok: true, text, encoding: 'utf-16le', notes: ['decoded as UTF-16LE (byte order mark)'],
    });
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    assert.deepEqual(decodeArticleBytes(bytes([0xfe, 0xff], [...bigEndian]), limit), {
      ok: true, text, encoding: 'utf-16be', notes: ['decoded as UTF-16BE (byte order mark)'],
    });
  });

  test('UTF-16 without a byte order mark is told by its NUL bytes', () => {
    const text = 'Amazon investiert bis zu 50 Milliarden US-Dollar.';
    assert.deepEqual(decodeArticleBytes(Buffer.from(text, 'utf16le'), limit), {
      ok: true, text, encoding: 'utf-16le', notes: ['decoded as UTF-16LE (no byte order mark; told by its NUL bytes)'],
    });
  });

  test('binary formats are skipped with their name', () => {
    const cases: [number[] | string, string][] = [
      ['%PDF-1.4\n', 'binary file (PDF)'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'binary file (PNG image)'],
      [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'binary file (JPEG image)'],
      ['GIF89a\x01\x00', 'binary file (GIF image)'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'binary file (ZIP archive or Office document)'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'binary file (legacy Office document)'],
      [[0x1f, 0x8b, 0x08, 0], 'binary file (gzip archive)'],
      [[0x7f, 0x45, 0x4c, 0x46, 2, 1], 'binary file (ELF executable)'],
    ];
    for (const [content, reason] of cases) assert.deepEqual(decodeArticleBytes(bytes(content), limit), { ok: false, reason });
  });

  test('a high share of control bytes makes a file binary; tab, line ends, form feed and SUB do not', () => {
    const controls = Array.from({ length: 100 }, (_, index) => [index % 8, 0x41]).flat();
    assert.deepEqual(decodeArticleBytes(bytes(controls), limit), { ok: false, reason: 'binary file (50 % control bytes)' });
    const text = 'Zeile\teins\r\nZeile zwei\fSeite\x1a';
    assert.deepEqual(decodeArticleBytes(bytes(text), limit), { ok: true, text, encoding: 'utf-8', notes: [] });
  });

  test('a few NUL bytes become spaces, so offsets stay where they were', () => {
    const result = decodeArticleBytes(bytes('Amazon\0 plant\0\0 50 Mrd. Dollar'), limit);
    assert.deepEqual(result, { ok: true, text: 'Amazon  plant   50 Mrd. Dollar', encoding: 'utf-8', notes: ['3 NUL bytes replaced with spaces'] });
  });

  test('Windows-1252 German is decoded with €, quotes and dashes (not as Latin-1)', () => {
    const text = '„Größer“ Umsatz der Münchener Rück – 3,2 Mrd. €; Ärger über Übernahmen, Öl und Straßen.';
    // Encoded by hand: Latin-1 letters keep their code, the punctuation takes its Windows-1252 byte.
    const windows1252Bytes: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 };
    const encoded = Uint8Array.from([...text].map((char) => windows1252Bytes[char] ?? char.charCodeAt(0)));
    assert.deepEqual(decodeArticleBytes(encoded, limit), { ok: true, text, encoding: 'windows-1252', notes: ['decoded as Windows-1252'] });
  });

  test('invalid UTF-8 that is not Windows-1252 is replaced, and the places are counted', () => {
    // Mostly valid UTF-8 with two broken sequences: a mixed file, not an old code page.
    assert.deepEqual(decodeArticleBytes(bytes('Größe über ', [0xc3, 0x28], ' Maß ', [0xe2, 0x82]), limit), {
      ok: true, text: 'Größe über \ufffd( Maß \ufffd', encoding: 'utf-8', notes: ['invalid UTF-8 replaced at 2 places'],
    });
    // 0x81 does not exist in Windows-1252.
    assert.deepEqual(decodeArticleBytes(bytes('Umsatz ', [0x81], ' Euro'), limit), {
      ok: true, text: 'Umsatz \ufffd Euro', encoding: 'utf-8', notes: ['invalid UTF-8 replaced at 1 place'],
    });
    // Windows-1251 Cyrillic: every letter is a high byte, which Latin-script text never is.
    const cyrillic = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0];
    const result = decodeArticleBytes(Uint8Array.from(cyrillic), limit);
    assert.ok(result.ok && result.encoding === 'utf-8' && result.notes[0] === 'invalid UTF-8 replaced at 9 places', JSON.stringify(result));
  });

  test('files over the limit are skipped with the limit and how to raise it', () => {
    assert.deepEqual(decodeArticleBytes(new Uint8Array(2049), { maxBytes: 2048 }), {
      ok: false, reason: 'larger than the 2 KB limit (2049 bytes); raise finnews.maxFileSizeKB to analyse it',
    });
    assert.deepEqual(decodeArticleBytes(new Uint8Array(11), { maxBytes: 10, sizeLimitHint: 'pass --max-file-size-kb to analyse it' }), {
      ok: false, reason: 'larger than the 10-byte limit (11 bytes); pass --max-file-size-kb to analyse it',
    });
  });

  test('the UTF-8 scan counts exactly the replacements TextDecoder makes (10,000 random byte strings)', () => {
    const anyBytes = fc.uint8Array({ maxLength: 64 }).filter((array) => !Buffer.from(array).includes(Buffer.from([0xef, 0xbf, 0xbd])));
    fc.assert(
      fc.property(anyBytes, (array) => {
        const replacements = [...new TextDecoder('utf-8', { ignoreBOM: true }).decode(array)].filter((char) => char === '\ufffd').length;
        assert.equal(scanUtf8(array).invalidSequences, replacements);
      }),
      { numRuns: 10_000 },
    );
  });

  test('never throws and one byte of Windows-1252 is one UTF-16 unit (10,000 random byte strings)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (array) => {
        const result = decodeArticleBytes(array, { maxBytes: 200 });
        if (result.ok && result.encoding === 'windows-1252') assert.equal(result.text.length, array.length);
        if (!result.ok) assert.ok(result.reason.length > 0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('readArticleFile', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'finnews-io-'));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('reads and decodes a file', async () => {
    const path = join(folder, 'article.txt');
    await writeFile(path, 'Amazon: 50 Mrd. Dollar\r\n');
    assert.deepEqual(await readArticleFile(path, limit), { ok: true, text: 'Amazon: 50 Mrd. Dollar\r\n', encoding: 'utf-8', notes: [] });
  });

  test('a file over the limit is skipped from its size alone', async () => {
    // A sparse 50 MB file: its size is known without writing 50 MB.
    const path = join(folder, 'dump.txt');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    assert.deepEqual(await readArticleFile(path, limit), {
      ok: false, reason: 'larger than the 5120 KB limit (52428800 bytes); raise finnews.maxFileSizeKB to analyse it',
    });
  });

  test('missing paths, folders and named pipes are reasons, never exceptions or hangs', async () => {
    assert.deepEqual(await readArticleFile(join(folder, 'missing.txt'), limit), { ok: false, reason: 'no such file or folder' });
    assert.deepEqual(await readArticleFile(folder, limit), { ok: false, reason: 'is a folder, not a file' });
    if (process.platform !== 'win32') {
      const pipe = join(folder, 'pipe.txt');
      execFileSync('mkfifo', [pipe]);
      assert.deepEqual(await readArticleFile(pipe, limit), { ok: false, reason: 'not a regular file (a device, pipe or socket)' });
    }
  });

  test('file-system errors read as plain words', () => {
    assert.equal(describeFileError(Object.assign(new Error('x'), { code: 'EACCES' })), 'permission denied');
    assert.equal(describeFileError(Object.assign(new Error('x'), { code: 'ELOOP' })), 'symbolic link loop');
    assert.equal(describeFileError(Object.assign(new Error('x'), { code: 'EIO' })), 'could not be read (EIO)');
  });
});

describe('createArticleMatcher', () => {
  const matcher = createArticleMatcher(defaultSettings.articleGlobs, defaultSettings.excludeGlobs);

  test('the default globs take .news, .article and .txt anywhere, dot folders included', () => {
    const cases: [string, boolean][] = [
      ['seeds/000.txt', true], ['a.news', true], ['deep/er/b.article', true], ['.archive/2019/c.txt', true],
      ['notes.md', false], ['txt', false], ['node_modules/pkg/readme.txt', false], ['a/node_modules/b.txt', false],
      ['.git/description.txt', false], ['.vscode-test/x.txt', false], ['sub\\windows\\path.txt', true], ['./rel.txt', true],
    ];
    for (const [path, expected] of cases) assert.equal(matcher(path), expected, path);
    assert.deepEqual(matcher.problems, []);
  });

  test('excluded folders are recognised, so the walk never enters them', () => {
    assert.equal(matcher.excludesFolder('node_modules'), true);
    assert.equal(matcher.excludesFolder('packages/x/node_modules'), true);
    assert.equal(matcher.excludesFolder('.git'), true);
    assert.equal(matcher.excludesFolder('seeds'), false);
  });

  test('globs that could make matching hang are refused with a reason and match nothing', () => {
    assert.equal(checkGlob('**/a/**/a/**/b'), 'it has more than 2 "**"');
    assert.equal(checkGlob('**/*a*a*a*b'), 'a path segment has more than 2 "*"');
    assert.equal(checkGlob('*a*/*b*/*c'), 'it has more than 3 "*" besides "**"');
    assert.equal(checkGlob('{a,b}/{c,d}/{e,f}.txt'), 'it has more than 2 "{…}" groups');
    assert.equal(checkGlob('x'.repeat(513)), 'it is longer than 512 characters');
    assert.equal(checkGlob('src/**/drafts/**/*.txt'), null);
    const refusing = createArticleMatcher(['**/*a*a*a*b', '**/*.news'], []);
    assert.deepEqual(refusing.problems, ['glob "**/*a*a*a*b" ignored: a path segment has more than 2 "*", which could make matching hang']);
    assert.equal(refusing('aaab'), false);
    assert.equal(refusing('x.news'), true);
  });
});

describe('findArticleFiles', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'finnews-walk-'));
    for (const path of ['b.txt', 'a.news', 'notes.md', 'sub/c.article', 'sub/deeper/d.txt', 'node_modules/e.txt', '.git/f.txt', '.hidden/g.txt']) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), 'text');
    }
    await symlink(join(root, 'sub'), join(root, 'linked-folder'));
    await symlink(root, join(root, 'sub', 'loop'));
    await symlink(join(root, 'b.txt'), join(root, 'linked-file.txt'));
    await symlink(join(root, 'gone.txt'), join(root, 'broken.txt'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('finds articles recursively, sorted, without entering linked folders or excluded ones', async () => {
    const problems: string[] = [];
    const files = await findArticleFiles(root, createArticleMatcher(defaultSettings.articleGlobs, defaultSettings.excludeGlobs), {
      onProblem: (path, reason) => problems.push(`${path.slice(root.length + 1)}: ${reason}`),
    });
    assert.deepEqual(
      files.map((file) => file.slice(root.length + 1)),
      ['.hidden/g.txt', 'a.news', 'b.txt', 'linked-file.txt', 'sub/c.article', 'sub/deeper/d.txt'],
    );
    assert.deepEqual(problems.sort(), [
      'broken.txt: broken symbolic link (no such file or folder)',
      'linked-folder: symbolic link to a folder, not followed',
      'sub/loop: symbolic link to a folder, not followed',
    ]);
  });

  test('accepts a plain function as the matcher, and reports an unreadable root instead of throwing', async () => {
    const onlyText = (path: string) => path.endsWith('.txt') && !path.startsWith('node_modules/') && !path.startsWith('.git/');
    const files = await findArticleFiles(root, onlyText);
    assert.deepEqual(files.map((file) => file.slice(root.length + 1)), ['.hidden/g.txt', 'b.txt', 'linked-file.txt', 'sub/deeper/d.txt']);
    const problems: string[] = [];
    assert.deepEqual(await findArticleFiles(join(root, 'b.txt'), onlyText, { onProblem: (_path, reason) => problems.push(reason) }), []);
    assert.deepEqual(problems, ['folder could not be read: not a folder']);
  });
});

describe('readCompanyTableFile', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'finnews-companies-'));
  });
  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('a missing file is an empty table without problems', async () => {
    assert.deepEqual(await readCompanyTableFile(join(folder, 'none.json')), { rows: [], problems: [] });
  });

  test('valid rows are read, with a byte order mark too', async () => {
    const path = join(folder, 'companies.json');
    await writeFile(path, '\ufeff{ "companies": [ { "name": "Beispiel Holding", "aliases": ["Beispiel"], "kind": "company" } ] }');
    assert.deepEqual(await readCompanyTableFile(path), { rows: [{ name: 'Beispiel Holding', aliases: ['Beispiel'], kind: 'company' }], problems: [] });
  });

  test('every problem names the file', async () => {
    const path = join(folder, 'broken.json');
    await writeFile(path, '{ "companies": [ ');
    const result = await readCompanyTableFile(path);
    assert.deepEqual(result.rows, []);
    assert.equal(result.problems.length, 1);
    assert.ok(result.problems[0].startsWith(`${path}: `), result.problems[0]);
  });
});

describe('createPositionMapper', () => {
  test('LF, CRLF and a lone CR each end a line; characters count UTF-16 units', () => {
    const positionOf = createPositionMapper('ab\r\ncd\ref\n€𝟘x');
    const positions = [0, 2, 3, 4, 6, 7, 9, 10, 11, 13].map((offset) => positionOf(offset));
    assert.deepEqual(positions, [
      { line: 0, character: 0 }, { line: 0, character: 2 }, { line: 0, character: 2 }, { line: 1, character: 0 },
      { line: 1, character: 2 }, { line: 2, character: 0 }, { line: 2, character: 2 }, { line: 3, character: 0 },
      { line: 3, character: 1 }, { line: 3, character: 3 },
    ]);
  });

  test('agrees with the server\'s LineIndex on every offset, so the CLI and the editor show the same positions', () => {
    const piece = fc.constantFrom('a', 'ä', '\n', '\r', '\r\n', ' ', '€', '\u{1f4b6}', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        const positionOf = createPositionMapper(text);
        const lineIndex = LineIndex.of(text);
        for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(positionOf(offset), lineIndex.positionAt(offset), `offset ${offset} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
