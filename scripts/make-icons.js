#!/usr/bin/env node
/**
 * Draws the add-in icons (a small table with a percent badge) as PNGs in assets/:
 * icon-16.png, icon-32.png, icon-64.png, icon-80.png.
 *
 * No image library: shapes are tested per sample, 8x8 samples per pixel give the anti-aliasing,
 * and the PNG is encoded by hand (zlib deflate + CRC-32). The output is deterministic, so
 * re-running the script reproduces the committed files byte for byte.
 *
 * Usage: node scripts/make-icons.js [outDir]
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const SAMPLES = 8;

const COLORS = {
  border: [30, 94, 62, 255], // dark green frame
  paper: [255, 255, 255, 255],
  header: [33, 115, 70, 255], // spreadsheet green header row
  grid: [160, 190, 172, 255],
  firstColumn: [232, 242, 236, 255], // indicator column tint
  badgeRing: [255, 255, 255, 255],
  badge: [200, 16, 46, 255], // red badge
  glyph: [255, 255, 255, 255],
};

/** Geometry in pixel units, snapped so that grid lines fall on whole pixels. */
function layout(s) {
  const m = Math.max(1, Math.round(s * 0.06));
  const x0 = m;
  const x1 = s - m;
  const y0 = Math.round(s * 0.1);
  const y1 = s - Math.round(s * 0.08);
  const w = x1 - x0;
  const h = y1 - y0;
  const border = Math.max(1, Math.round(s / 32));
  const line = Math.max(1, Math.round(s / 48));
  const headerBottom = y0 + Math.round(h * 0.26);
  const columns = s >= 32 ? [0.42, 0.71] : [0.5];
  const rows = s >= 32 ? 3 : 2;
  const bodyH = y1 - border - headerBottom;
  return {
    x0,
    x1,
    y0,
    y1,
    radius: Math.max(1, s * 0.09),
    border,
    line,
    headerBottom,
    colX: columns.map((f) => x0 + Math.round(w * f)),
    rowY: Array.from({ length: rows - 1 }, (_, i) => headerBottom + Math.round((bodyH * (i + 1)) / rows)),
    badge: badgeLayout(s),
  };
}

/**
 * The badge sits in the bottom-right corner, inside the canvas. At 16 px the centre is put on a
 * pixel centre so that the 45-degree slash runs through pixel centres and the dots are crisp 2x2 squares.
 */
function badgeLayout(s) {
  if (s < 32) return { cx: 10.5, cy: 10.5, r: 5, ring: 0.75, pixelGlyph: true };
  const r = s * 0.28;
  const ring = Math.max(1, s * 0.05);
  const c = s - r - ring - s * 0.01;
  return { cx: c, cy: c, r, ring, pixelGlyph: false };
}

function insideRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The percent sign: two dots and a slash, sized to the badge. */
function insidePercentGlyph(b, x, y) {
  if (b.pixelGlyph) {
    const inSquare = (cx, cy) => Math.abs(x - cx) <= 1 && Math.abs(y - cy) <= 1;
    return (
      inSquare(b.cx - 2.5, b.cy - 2.5) ||
      inSquare(b.cx + 2.5, b.cy + 2.5) ||
      distToSegment(x, y, b.cx - 2.5, b.cy + 2.5, b.cx + 2.5, b.cy - 2.5) <= 0.55
    );
  }
  const k = b.r;
  return (
    Math.hypot(x - (b.cx - k * 0.34), y - (b.cy - k * 0.34)) <= k * 0.22 ||
    Math.hypot(x - (b.cx + k * 0.34), y - (b.cy + k * 0.34)) <= k * 0.22 ||
    distToSegment(x, y, b.cx - k * 0.5, b.cy + k * 0.55, b.cx + k * 0.5, b.cy - k * 0.55) <= k * 0.12
  );
}

/** Colour of one sample point, painter's order (later layers win); null = transparent. */
function sample(L, x, y) {
  let c = null;
  const { x0, y0, x1, y1, radius, border } = L;
  if (insideRoundRect(x, y, x0, y0, x1, y1, radius)) {
    c = COLORS.border;
    const ix0 = x0 + border;
    const iy0 = y0 + border;
    const ix1 = x1 - border;
    const iy1 = y1 - border;
    if (insideRoundRect(x, y, ix0, iy0, ix1, iy1, Math.max(0, radius - border))) {
      if (y < L.headerBottom) c = COLORS.header;
      else if (x < L.colX[0]) c = COLORS.firstColumn;
      else c = COLORS.paper;
      if (y >= L.headerBottom) {
        const onColumn = L.colX.some((cx) => x >= cx && x < cx + L.line);
        const onRow = L.rowY.some((ry) => y >= ry && y < ry + L.line);
        if (onColumn || onRow) c = COLORS.grid;
      }
    }
  }
  const b = L.badge;
  const d = Math.hypot(x - b.cx, y - b.cy);
  if (d <= b.r + b.ring) c = COLORS.badgeRing;
  if (d <= b.r) {
    c = COLORS.badge;
    if (insidePercentGlyph(b, x, y)) c = COLORS.glyph;
  }
  return c;
}

function render(s) {
  const L = layout(s);
  const rgba = Buffer.alloc(s * s * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < s; py++) {
    for (let px = 0; px < s; px++) {
      let r = 0;
      let g = 0;
      let bl = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample(L, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (c === null) continue;
          // Premultiplied accumulation so edges against transparency do not darken.
          r += c[0];
          g += c[1];
          bl += c[2];
          a += 255;
        }
      }
      const o = (py * s + px) * 4;
      const cov = a / 255;
      if (cov > 0) {
        rgba[o] = Math.round(r / cov);
        rgba[o + 1] = Math.round(g / cov);
        rgba[o + 2] = Math.round(bl / cov);
      }
      rgba[o + 3] = Math.round(a / n);
    }
  }
  return rgba;
}

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
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(s, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace = 0
  const raw = Buffer.alloc(s * (s * 4 + 1));
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (s * 4 + 1) + 1, y * s * 4, (y + 1) * s * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const s of SIZES) {
    const file = path.join(outDir, `icon-${s}.png`);
    fs.writeFileSync(file, encodePng(s, render(s)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
