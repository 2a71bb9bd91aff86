// A link pasted into a chat or a post shows a card: Open Graph and Twitter
// card tags in each language's page, and the 1200 × 630 PNG they name, drawn
// at build time. The page itself never fetches that image.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expectQuestion } from './helpers.mjs';

/** Width, height and RGB pixels of an 8-bit truecolour PNG without filters
 * other than "none" (what the build writes); throws on anything else. */
function readPng(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const data = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]], 'bit depth 8, truecolour').toEqual([8, 2]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const pixel = (x, y) => {
    const row = y * (width * 3 + 1);
    expect(raw[row], 'row filter').toBe(0);
    const i = row + 1 + x * 3;
    return `#${[raw[i], raw[i + 1], raw[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  return { width, height, pixel };
}

const meta = (page, key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

for (const { lang, path, locale, alternate, question } of [
  { lang: 'en', path: './', locale: 'en_US', alternate: 'es_ES', question: /SRE or DevOps/ },
  { lang: 'es', path: './es/', locale: 'es_ES', alternate: 'en_US', question: /¿SRE o DevOps\?/ },
]) {
  test.describe(`the ${lang} page`, () => {
    test.use({ locale: lang === 'es' ? 'es-ES' : 'en-US' });

    test('carries a preview card whose image is a 1200 × 630 PNG of the app', async ({ page, request }) => {
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${path}#/quiz`);
      if (lang === 'en') await expectQuestion(page, 1);
      else await expect(page.getByText(/^Pregunta 1 de \d+$/)).toBeVisible();
      await page.waitForLoadState('networkidle');

      expect(await meta(page, 'og:title')).toBe(await page.title());
      expect(await meta(page, 'og:title')).toMatch(question);
      expect(await meta(page, 'og:description')).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      expect(await meta(page, 'og:type')).toBe('website');
      expect(await meta(page, 'og:locale')).toBe(locale);
      expect(await meta(page, 'og:locale:alternate')).toBe(alternate);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');

      // Built without OPSFIT_SITE_URL, the image is named relatively (README).
      const image = await meta(page, 'og:image');
      expect(image).toBe('preview.png');
      const url = new URL(image, page.url());
      expect(fetched, 'the page never fetches its preview image').not.toContain(url.pathname);

      const response = await request.get(url.href);
      expect(response.status()).toBe(200);
      const png = readPng(await response.body());
      expect([png.width, png.height]).toEqual([1200, 630]);
      // Drawn, not blank, in the app's colours: the accent stripe at the
      // left edge, the white ground, the mark's dark square, and the split
      // bar's SRE and DevOps halves.
      expect(png.pixel(4, 300)).toBe('#4b3bd6');
      expect(png.pixel(600, 20)).toBe('#ffffff');
      expect(png.pixel(90, 220)).toBe('#171a26');
      expect(png.pixel(300, 460)).toBe('#1f5fc2');
      expect(png.pixel(900, 460)).toBe('#b14a0a');
    });
  });
}

test('the Spanish preview image is drawn with its own words', async ({ request }) => {
  const en = await (await request.get('./preview.png')).body();
  const es = await (await request.get('./es/preview.png')).body();
  expect(Buffer.compare(en, es)).not.toBe(0);
});

test('the single file keeps the card text but names no image it does not have', () => {
  const html = readFileSync(resolve(fileURLToPath(import.meta.url), '../../../../dist-single/opsfit.html'), 'utf8');
  expect(html).toContain('<meta property="og:title"');
  expect(html).toContain('<meta name="twitter:card"');
  expect(html).not.toContain('og:image');
});

// Built with OPSFIT_SITE_URL (README, "Link previews"), the image and the
// page are named absolutely, each language's under its own folder.
test('with the site address the tags name the image absolutely, per language', async () => {
  const { previewMeta } = await import('../../../src/browser/web/preview.mjs');
  const words = { name: 'opsfit', title: 'T', description: 'D', alt: 'A' };
  const content = (html, key) => html.match(new RegExp(`<meta property="${key}" content="([^"]*)">`))?.[1];
  for (const site of ['https://example.org/opsfit/', 'https://example.org/opsfit']) {
    const en = previewMeta({ ...words, locale: 'en', locales: ['en', 'es'], site });
    const es = previewMeta({ ...words, locale: 'es', locales: ['en', 'es'], site });
    expect(content(en, 'og:image')).toBe('https://example.org/opsfit/preview.png');
    expect(content(en, 'og:url')).toBe('https://example.org/opsfit/');
    expect(content(es, 'og:image')).toBe('https://example.org/opsfit/es/preview.png');
    expect(content(es, 'og:url')).toBe('https://example.org/opsfit/es/');
  }
  const relative = previewMeta({ ...words, locale: 'es', locales: ['en', 'es'], site: undefined });
  expect(content(relative, 'og:image')).toBe('preview.png');
  expect(content(relative, 'og:url')).toBeUndefined();
  expect(() => previewMeta({ ...words, locale: 'en', locales: ['en', 'es'], site: 'example.org/opsfit' })).toThrow(/not an absolute/);
  expect(() => previewMeta({ ...words, locale: 'en', locales: ['en', 'fr'], site: undefined })).toThrow(/no og:locale for "fr"/);
});
