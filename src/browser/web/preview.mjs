// The link preview image (Open Graph, Twitter card): 1200 × 630, drawn at
// build time by postbuild.mjs from pixels, written as a PNG with node's zlib.
// No npm package and no network: the mark is the header's gauge, the text
// a 5 × 7 bitmap font of the glyphs the pages' words need. Only link-preview
// crawlers fetch it; the page never does.
import { deflateSync } from 'node:zlib';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** The image's file name, beside each build's index.html. */
export const PREVIEW = 'preview.png';

// The light palette of style/main.css's design tokens, and the colours of
// its mark (the header's gauge).
const BG = [0xff, 0xff, 0xff];
const FG = [0x17, 0x1a, 0x26];
const ACCENT = [0x4b, 0x3b, 0xd6];
const SRE = [0x1f, 0x5f, 0xc2];
const DEVOPS = [0xb1, 0x4a, 0x0a];
const MARK_SRE = [0x80, 0xb6, 0xff];
const MARK_DEVOPS = [0xff, 0xab, 0x6e];

// Rows top to bottom, 1 = ink; rows past the seventh hang below the line. Only what the preview's words use, plus the
// commonest letters: a glyph missing is a build error naming the text, so a
// new title cannot silently lose a letter.
const FONT = {
  ' ': ['00000', '00000', '00000', '00000', '00000', '00000', '00000'],
  '?': ['01110', '10001', '00001', '00010', '00100', '00000', '00100'],
  '¿': ['00100', '00000', '00100', '01000', '10000', '10001', '01110'],
  ':': ['00000', '01100', '01100', '00000', '01100', '01100', '00000'],
  ',': ['00000', '00000', '00000', '00000', '01100', '00100', '01000'],
  D: ['11100', '10010', '10001', '10001', '10001', '10010', '11100'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  a: ['00000', '00000', '01110', '00001', '01111', '10001', '01111'],
  c: ['00000', '00000', '01110', '10000', '10000', '10001', '01110'],
  d: ['00001', '00001', '01101', '10011', '10001', '10001', '01111'],
  e: ['00000', '00000', '01110', '10001', '11111', '10000', '01110'],
  f: ['00110', '01001', '01000', '11100', '01000', '01000', '01000'],
  h: ['10000', '10000', '10110', '11001', '10001', '10001', '10001'],
  i: ['00100', '00000', '01100', '00100', '00100', '00100', '01110'],
  l: ['01100', '00100', '00100', '00100', '00100', '00100', '01110'],
  n: ['00000', '00000', '10110', '11001', '10001', '10001', '10001'],
  o: ['00000', '00000', '01110', '10001', '10001', '10001', '01110'],
  p: ['00000', '00000', '11110', '10001', '10001', '10001', '11110', '10000', '10000'],
  r: ['00000', '00000', '10110', '11001', '10000', '10000', '10000'],
  s: ['00000', '00000', '01110', '10000', '01110', '00001', '11110'],
  t: ['01000', '01000', '11100', '01000', '01000', '01001', '00110'],
  u: ['00000', '00000', '10001', '10001', '10001', '10011', '01101'],
  v: ['00000', '00000', '10001', '10001', '10001', '01010', '00100'],
};

/** The glyphs `text` needs that the font lacks (empty when it can be drawn). */
export function missingGlyphs(text) {
  return [...new Set([...text].filter((c) => !FONT[c]))];
}

class Picture {
  constructor() {
    this.px = new Float64Array(WIDTH * HEIGHT * 3);
    this.fill(0, 0, WIDTH, HEIGHT, BG);
  }

  // Whole-pixel rectangles need no smoothing.
  fill(x, y, w, h, colour) {
    for (let j = Math.max(0, y); j < Math.min(HEIGHT, y + h); j++) {
      for (let i = Math.max(0, x); i < Math.min(WIDTH, x + w); i++) this.blend(i, j, colour, 1);
    }
  }

  // A shape given by `inside(x, y)` over a box, edges smoothed by 4 × 4
  // samples a pixel.
  shape(x0, y0, x1, y1, colour, inside) {
    for (let j = Math.floor(y0); j < Math.ceil(y1); j++) {
      for (let i = Math.floor(x0); i < Math.ceil(x1); i++) {
        let hits = 0;
        for (let s = 0; s < 16; s++) hits += inside(i + ((s % 4) + 0.5) / 4, j + (Math.floor(s / 4) + 0.5) / 4) ? 1 : 0;
        if (hits) this.blend(i, j, colour, hits / 16);
      }
    }
  }

  blend(i, j, colour, alpha) {
    const at = (j * WIDTH + i) * 3;
    for (let c = 0; c < 3; c++) this.px[at + c] += (colour[c] - this.px[at + c]) * alpha;
  }

  text(text, x, y, scale, colour) {
    for (const [n, ch] of [...text].entries()) {
      FONT[ch].forEach((row, r) => {
        for (let c = 0; c < 5; c++) if (row[c] === '1') this.fill(x + (n * 6 + c) * scale, y + r * scale, scale, scale, colour);
      });
    }
  }

  png() {
    const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
    for (let j = 0; j < HEIGHT; j++) {
      raw[j * (WIDTH * 3 + 1)] = 0; // filter: none
      for (let i = 0; i < WIDTH * 3; i++) raw[j * (WIDTH * 3 + 1) + 1 + i] = Math.round(this.px[j * WIDTH * 3 + i]);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(WIDTH, 0);
    header.writeUInt32BE(HEIGHT, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

const segmentDistance = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

/**
 * The preview as PNG bytes: the app's mark and name, the question the app
 * answers (`question`, this language's words), and the split bar between the
 * two roles, half and half.
 */
export function previewPng({ name, question, poles }) {
  for (const text of [name, question, ...poles]) {
    const missing = missingGlyphs(text);
    if (missing.length) throw new Error(`the preview font has no ${missing.map((c) => JSON.stringify(c)).join(', ')} (in ${JSON.stringify(text)})`);
  }
  const p = new Picture();
  p.fill(0, 0, 16, HEIGHT, ACCENT);

  // The mark, as the header draws it (main.css, .brand::before): a gauge
  // from SRE blue to DevOps orange on a dark rounded square, its needle
  // leaning; 32 units to 176 px.
  const mx = 72;
  const my = 64;
  const unit = 176 / 32;
  const at = (x, y) => [(x - mx) / unit, (y - my) / unit];
  const box = [mx, my, mx + 176, my + 176];
  p.shape(...box, FG, (x, y) => {
    const [u, v] = at(x, y);
    const cu = Math.min(Math.max(u, 9), 23);
    const cv = Math.min(Math.max(v, 9), 23);
    return Math.hypot(u - cu, v - cv) <= 9;
  });
  const hub = [16, 21.5];
  // A quarter of the dial (left: towards SRE, right: towards DevOps), with
  // round ends.
  const quarter = (left) => (x, y) => {
    const [u, v] = at(x, y);
    const ends = [[left ? 7.5 : 24.5, 21.5], [16, 13]];
    if (ends.some(([a, b]) => Math.hypot(u - a, v - b) <= 1.7)) return true;
    const r = Math.hypot(u - hub[0], v - hub[1]);
    return v <= hub[1] && (left ? u <= hub[0] : u >= hub[0]) && Math.abs(r - 8.5) <= 1.7;
  };
  p.shape(...box, MARK_SRE, quarter(true));
  p.shape(...box, MARK_DEVOPS, quarter(false));
  p.shape(...box, BG, (x, y) => {
    const [u, v] = at(x, y);
    return segmentDistance(u, v, hub, [21, 16]) <= 1.3 || Math.hypot(u - hub[0], v - hub[1]) <= 2.2;
  });

  // The name beside the mark, the question under both, as wide as fits.
  p.text(name, 296, my + 176 / 2 - (7 * 14) / 2, 14, FG);
  const width = WIDTH - 72 * 2;
  const scale = Math.min(14, Math.floor(width / ([...question].length * 6 - 1)));
  p.text(question, 72, 300, scale, FG);

  // The split bar, the result page's motif, with each role's name under its end.
  p.fill(72, 440, width / 2, 40, SRE);
  p.fill(72 + width / 2, 440, width / 2, 40, DEVOPS);
  p.text(poles[0], 72, 504, 8, SRE);
  p.text(poles[1], WIDTH - 72 - ([...poles[1]].length * 6 - 1) * 8, 504, 8, DEVOPS);
  return p.png();
}

// og:locale is language_TERRITORY; each shipped language names its own.
const OG_LOCALES = { en: 'en_US', es: 'es_ES' };

const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const meta = (attr, key, value) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;

/**
 * The Open Graph and Twitter card tags of one language's page. og:image must
 * be absolute for crawlers to follow it, and only the host knows its
 * address: `site` (OPSFIT_SITE_URL, the folder that serves the reference
 * build, e.g. https://example.org/opsfit/) makes it and og:url absolute,
 * another language's build being `<site><id>/`; without it the image is
 * named relatively. `locales` is content/locales.toml's ids, reference first.
 */
export function previewMeta({ locale, locales, site, name, title, description, alt }) {
  for (const id of locales) if (!OG_LOCALES[id]) throw new Error(`no og:locale for "${id}" (add it to OG_LOCALES in preview.mjs)`);
  if (site && !/^https?:\/\/[^/]/.test(site)) throw new Error(`OPSFIT_SITE_URL "${site}" is not an absolute http(s) URL`);
  const page = site ? new URL(locale === locales[0] ? './' : `./${locale}/`, site.endsWith('/') ? site : `${site}/`).href : null;
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', name),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:locale', OG_LOCALES[locale]),
    ...locales.filter((id) => id !== locale).map((id) => meta('property', 'og:locale:alternate', OG_LOCALES[id])),
    ...(page ? [meta('property', 'og:url', page)] : []),
    meta('property', 'og:image', page ? new URL(PREVIEW, page).href : PREVIEW),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(WIDTH)),
    meta('property', 'og:image:height', String(HEIGHT)),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
  ].join('');
}
