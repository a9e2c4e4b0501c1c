// Draws images/icon.png (128×128): a page of copy with one word circled in red, the copy editor's mark.
// Plain shapes with anti-aliased edges, written as a PNG with node:zlib, so no image library is needed.
// Run: node scripts/icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const NAVY = [29, 53, 87];
const PAPER = [241, 250, 238];
const INK = [69, 123, 157];
const RED = [230, 57, 70];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2, cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius, hy = (bottom - top) / 2 - radius;
  const dx = Math.abs(x - cx) - hx, dy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - radius;
}

/** Distance to the outline of an axis-aligned ellipse (approximate, good enough for a 4 px stroke). */
function ellipseRing(x, y, cx, cy, rx, ry, width) {
  const k = Math.hypot((x - cx) / rx, (y - cy) / ry);
  return Math.abs(k - 1) * Math.min(rx, ry) - width / 2;
}

// Lines of "text": [top, left, right]; the circled word sits on the third line.
const LINES = [[34, 30, 98], [48, 30, 90], [62, 30, 98], [76, 30, 84], [90, 30, 94]];

const layers = [
  { color: NAVY, sdf: (x, y) => roundedRect(x, y, 0, 0, SIZE, SIZE, 24) },
  { color: PAPER, sdf: (x, y) => roundedRect(x, y, 18, 18, 110, 110, 8) },
  ...LINES.map(([top, left, right]) => ({ color: INK, sdf: (x, y) => roundedRect(x, y, left, top, right, top + 6, 3) })),
  { color: RED, sdf: (x, y) => ellipseRing(x, y, 70, 65, 26, 12, 4) },
];

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let rgb = [0, 0, 0]; // premultiplied
    let alpha = 0;
    // 4×4 supersampling per layer coverage, composited over what lies below.
    for (const { color, sdf } of layers) {
      let covered = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (sdf(px + (sx + 0.5) / 4, py + (sy + 0.5) / 4) < 0) covered++;
      const a = covered / 16;
      rgb = rgb.map((c, i) => c * (1 - a) + color[i] * a);
      alpha = alpha * (1 - a) + a;
    }
    // rgb is premultiplied by alpha; PNG wants it straight.
    const straight = rgb.map((c) => (alpha > 0 ? Math.round(Math.min(255, c / alpha)) : 0));
    row.set([...straight, Math.round(alpha * 255)], 1 + px * 4);
  }
  rows.push(row);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
