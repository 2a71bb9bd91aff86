// "A face and a way around": what a person notices of the app's look and of
// the way around its long pages. Each test names what would be wrong.
import { test, expect } from '@playwright/test';
import {
  answer, expectNoAxeViolations, expectQuestion, next, openHome, options, position, startQuiz,
} from './helpers.mjs';

const esQuestion = (page, n) => page.getByText(new RegExp(`^Pregunta ${n} de \\d+$`));

/** [r, g, b] of a computed colour such as `rgb(1, 2, 3)` or `rgba(…)`. */
const rgb = (css) => css.match(/[\d.]+/g).slice(0, 3).map(Number);

/** Hue in degrees and saturation (0–1) of an sRGB colour, as HSL has them. */
function hueSat([r, g, b]) {
  [r, g, b] = [r / 255, g / 255, b / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = 60 * (((g - b) / d) % 6);
    else if (max === g) h = 60 * ((b - r) / d + 2);
    else h = 60 * ((r - g) / d + 4);
  }
  return [(h + 360) % 360, s];
}

const luminance = (c) => {
  const [r, g, b] = c.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('a first visit home shows no export, resume code or import; the data screen has them once there is progress', async ({ page }) => {
  await openHome(page);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Export/ })).toHaveCount(0);
  await expect(page.getByLabel('Resume code for another device')).toHaveCount(0);
  await expect(page.getByLabel('Paste an export or a resume code')).toHaveCount(0);
  // A glimpse of what a result gives, clearly a sample.
  await expect(page.getByRole('heading', { name: 'What you get: a sample result' })).toBeVisible();

  // Before any answer the data screen has nothing to export, but takes an import.
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Export/ })).toHaveCount(0);
  await expect(page.getByLabel('Paste an export or a resume code')).toBeVisible();

  await startQuiz(page);
  await answer(page, 0);
  await next(page);
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('link', { name: /Export/ })).toBeVisible();
  await expect(page.getByLabel('Resume code for another device')).toHaveValue(/^[A-Za-z0-9_-]+$/);
  // Home itself still shows none of it.
  await openHome(page);
  await expect(page.getByLabel('Resume code for another device')).toHaveCount(0);
});

for (const width of [320, 390]) {
  for (const lang of ['en', 'es']) {
    test(`the header is one row at ${width} px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(lang === 'es' ? './es/?lang=es' : './?lang=en');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const rows = await page.evaluate(() => {
        const header = document.querySelector('header.site');
        const parts = [...header.children].filter((el) => el.getBoundingClientRect().height > 0);
        const mid = (el) => { const r = el.getBoundingClientRect(); return (r.top + r.bottom) / 2; };
        return {
          mids: parts.map(mid),
          right: Math.max(...parts.map((el) => el.getBoundingClientRect().right)),
          scroll: document.documentElement.scrollWidth,
        };
      });
      expect(rows.mids.length).toBe(3);
      for (const m of rows.mids) expect(Math.abs(m - rows.mids[0])).toBeLessThan(4);
      expect(rows.right).toBeLessThanOrEqual(width);
      expect(rows.scroll).toBeLessThanOrEqual(width);
    });
  }
}

const LONG_PAGES = ['#/learn/sre', '#/learn/devops', '#/learn/together', '#/compare', '#/method'];
for (const route of LONG_PAGES) {
  test(`on ${route} "On this page" moves to each section and keeps the route`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./${route}`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    // The list is part of the page text, which loads after the heading.
    await expect(contents).toBeVisible();
    const links = contents.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (const n of [count - 1, 1]) {
      const link = links.nth(n);
      const name = (await link.textContent()).trim();
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${route.replace(/[/#]/g, '\\$&')}/[a-z0-9-]+$`));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
      // The same page, at the section, with focus there.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const target = page.locator(`#section-${href.split('/').pop()}`);
      await expect(target).toBeFocused();
      await expect(target).toHaveText(name);
      await expect(target).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    }
    // The address alone brings a reader to the section, as after a reload.
    const href = await links.nth(count - 1).getAttribute('href');
    await page.goto('./#/');
    await page.goto(`./${href}`);
    await expect(page.locator(`#section-${href.split('/').pop()}`)).toBeInViewport();
    // And the way back up.
    await page.getByRole('button', { name: 'Back to top' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('main')).toBeFocused();
  });
}

test('long pages lead on: to the quiz before a result, to the result after one', async ({ page }) => {
  for (const route of ['#/learn/sre', '#/compare', '#/method']) {
    await page.goto(`./${route}`);
    await expect(page.locator('.lead-on').getByRole('link', { name: 'Not sure yet? Take the quiz' })).toHaveAttribute('href', '#/quiz');
  }
  await startQuiz(page);
  const [, total] = await position(page);
  for (let n = 1; n <= total; n++) {
    await answer(page, 0);
    await next(page);
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  for (const route of ['#/learn/devops', '#/compare']) {
    await page.goto(`./${route}`);
    await page.locator('.lead-on').getByRole('link', { name: 'See your result' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`a picked option is unmistakable and focus is not red (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await startQuiz(page);
    await answer(page, 1);
    const look = (n) => options(page).nth(n).evaluate((input) => {
      const card = input.closest('.option');
      const c = getComputedStyle(card);
      const i = getComputedStyle(input);
      return {
        bg: c.backgroundColor, border: c.borderTopColor, shadow: c.boxShadow,
        radio: i.backgroundColor, check: i.backgroundImage, page: getComputedStyle(document.body).backgroundColor,
      };
    });
    const [picked, other] = [await look(1), await look(0)];
    // The card is filled and outlined differently, and its radio holds a check.
    expect(picked.bg).not.toBe(other.bg);
    expect(picked.border).not.toBe(other.border);
    expect(picked.check).toContain('svg');
    expect(other.check).toBe('none');
    // The picked radio stands out from the page by at least 3:1.
    expect(contrast(rgb(picked.radio), rgb(picked.page))).toBeGreaterThanOrEqual(3);

    // Focus, by keyboard: a ring of 3:1 against the page, never red.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement.closest('.option') ?? document.activeElement;
      const s = getComputedStyle(el);
      return { color: s.outlineColor, width: s.outlineWidth, style: s.outlineStyle, edge: s.boxShadow, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(ring.style).toBe('solid');
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    const [hue, sat] = hueSat(rgb(ring.color));
    const red = sat > 0.25 && (hue < 25 || hue > 330);
    expect(red, `focus ring ${ring.color} is red`).toBe(false);
    // The ring itself or its edge stands out from the page by 3:1.
    const edge = ring.edge === 'none' ? ring.color : ring.edge.match(/rgba?\([^)]*\)/)[0];
    const best = Math.max(contrast(rgb(ring.color), rgb(ring.page)), contrast(rgb(edge), rgb(ring.page)));
    expect(best).toBeGreaterThanOrEqual(3);
  });
}

test.describe('on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('no keyboard tip or number badge shows', async ({ page }) => {
    await startQuiz(page);
    await expect(page.getByText(/press a number key/)).toBeHidden();
    await expect(page.locator('.option .key').first()).toBeHidden();
    // A tap anywhere on a card picks it.
    const card = page.locator('.option').nth(2);
    const box = await card.boundingBox();
    await page.touchscreen.tap(box.x + box.width - 8, box.y + box.height / 2);
    await expect(options(page).nth(2)).toBeChecked();
  });
});

test('with a mouse and keyboard the tip and the badges show', async ({ page }) => {
  await startQuiz(page);
  await expect(page.getByText(/press a number key/)).toBeVisible();
  await expect(page.locator('.option .key').first()).toBeVisible();
});

test('the progress bar is full once every question is answered', async ({ page }) => {
  await startQuiz(page);
  const [, total] = await position(page);
  for (let n = 1; n < total; n++) {
    await answer(page, 0);
    await next(page);
    await expectQuestion(page, n + 1);
  }
  const full = () => page.evaluate(() => document.querySelector('.bar .fill').getBoundingClientRect().width
    >= document.querySelector('.bar').clientWidth - 1);
  expect(await full()).toBe(false);
  await answer(page, 0);
  // Once the bar's short transition is over.
  await expect.poll(full).toBe(true);
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES', viewport: { width: 320, height: 640 } });

  test('numbers use a decimal comma and no chart label is cut at 320 px', async ({ page }) => {
    await page.goto('./es/');
    await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();
    for (;;) {
      const text = await page.getByText(/^Pregunta \d+ de \d+$/).textContent();
      const [, n, total] = text.match(/(\d+) de (\d+)/).map(Number);
      await answer(page, n % 2);
      await page.getByRole('button', { name: /^Siguiente/ }).click();
      if (n === total) break;
      await expect(esQuestion(page, n + 1)).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Tu resultado' })).toBeVisible();
    const reasons = await page.locator('.reasons').innerText();
    expect(reasons).toMatch(/\d,\d puntos/);
    expect(reasons).not.toMatch(/\d\.\d puntos/);
    const labels = await page.locator('.chart .trait-name').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      const fig = el.closest('figure').getBoundingClientRect();
      return { text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1, inside: r.left >= fig.left - 1 && r.right <= fig.right + 1 };
    }));
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(l, l.text).toEqual({ text: l.text, cut: false, inside: true });
    expect(labels.map((l) => l.text)).toContain('Método y concentración');
    await expectNoAxeViolations(page);
  });
});

test('the early result is offered with its button in view on a phone, and nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startQuiz(page);
  const [, total] = await position(page);
  const button = page.getByRole('button', { name: 'See your result now' });
  // Always the first option: a clear lean, settled before the end.
  let moved = null;
  for (let n = 1; n <= total; n++) {
    const top = async () => (await options(page).first().boundingBox()).y;
    const before = await top();
    await answer(page, 0);
    if (await button.isVisible()) {
      moved = (await top()) - before;
      break;
    }
    await next(page);
  }
  // The offer came, and the question the person is reading did not jump.
  expect(moved).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(button).toBeInViewport({ ratio: 1 });
  // On the next question too, from its top.
  await next(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(button).toBeInViewport({ ratio: 1 });
});
