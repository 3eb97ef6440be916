#!/usr/bin/env node
'use strict';
// Generates the add-in icons (assets/icon-<size>.png): a Fluent-blue rounded square with a white "K".
// Drawn procedurally and encoded with zlib so the icons are reproducible without an image editor or
// extra dependencies. Run: node scripts/make-icons.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0f, 0x6c, 0xbd]; // Fluent UI brand blue
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // 4×4 samples per pixel: cheap anti-aliasing for the small sizes

// CRC-32 (PNG chunk checksum); zlib.crc32 only exists in newer Node releases.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment a–b (all in unit coordinates). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** What colour is the unit-square point (x, y)? null = transparent. */
function sample(x, y) {
  const radius = 0.18; // rounded corners
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return null;
  const stroke = 0.075; // half width of the letter strokes
  const inK =
    segmentDistance(x, y, 0.34, 0.22, 0.34, 0.78) < stroke || // stem
    segmentDistance(x, y, 0.38, 0.54, 0.68, 0.22) < stroke || // upper arm
    segmentDistance(x, y, 0.46, 0.46, 0.7, 0.78) < stroke; // leg
  return inK ? WHITE : BRAND;
}

function render(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1)); // each row: filter byte 0 + RGBA pixels
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          acc[0] += colour[0];
          acc[1] += colour[1];
          acc[2] += colour[2];
          acc[3] += 1;
        }
      }
      const o = row + 1 + px * 4;
      if (acc[3] > 0) {
        raw[o] = Math.round(acc[0] / acc[3]);
        raw[o + 1] = Math.round(acc[1] / acc[3]);
        raw[o + 2] = Math.round(acc[2] / acc[3]);
      }
      raw[o + 3] = Math.round((255 * acc[3]) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10–12: compression, filter, interlace = 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
