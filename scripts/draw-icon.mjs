// Draws images/icon.png (128×128): a news page whose figures are highlighted, with a warning badge
// for a disagreement. It is drawn from the shape list below with 4×4 supersampling and written as a
// PNG with node's zlib, so the icon is reproducible without an image editor: `node scripts/draw-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const size = 128;
const samples = 4;
const outputPath = fileURLToPath(new URL('../images/icon.png', import.meta.url));

/** The shapes, painted in order: [kind, colour, ...geometry]. Coordinates are in icon pixels. */
const shapes = [
  ['roundRect', '#1B2A41', 4, 4, 124, 124, 22],
  ['roundRect', '#F4F1E8', 20, 16, 94, 112, 7],
  ['roundRect', '#9AA3AE', 30, 28, 84, 34, 2],
  ['roundRect', '#9AA3AE', 30, 42, 58, 48, 2],
  ['roundRect', '#F2C230', 62, 40, 86, 50, 3],
  ['roundRect', '#9AA3AE', 30, 56, 84, 62, 2],
  ['roundRect', '#3FB6A8', 28, 68, 56, 78, 3],
  ['roundRect', '#9AA3AE', 60, 70, 84, 76, 2],
  ['roundRect', '#9AA3AE', 30, 84, 72, 90, 2],
  ['roundRect', '#9AA3AE', 30, 96, 62, 102, 2],
  ['circle', '#1B2A41', 97, 97, 24],
  ['circle', '#E8574A', 97, 97, 20],
  ['roundRect', '#FFFFFF', 94, 83, 100, 101, 2],
  ['circle', '#FFFFFF', 97, 107, 3.5],
];

/** Whether the point (x, y) lies inside a shape. */
function covers(shape, x, y) {
  const [kind, , ...g] = shape;
  if (kind === 'circle') {
    const [cx, cy, r] = g;
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  }
  const [left, top, right, bottom, radius] = g;
  if (x < left || x > right || y < top || y > bottom) return false;
  const nearestX = Math.min(Math.max(x, left + radius), right - radius);
  const nearestY = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 <= radius * radius;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Paints the shapes into straight (non-premultiplied) RGBA pixels. */
function paint() {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let colour = null;
          for (const shape of shapes) if (covers(shape, x, y)) colour = rgb(shape[1]);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(outputPath, encodePng(paint()));
console.log(`wrote ${outputPath}`);
