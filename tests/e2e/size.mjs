// The size budget: fails when what a first visit transfers (brotli) grows
// past the figure in size-budget.json. Usage: node size.mjs
//
// The budget names entry pages, so a second build (a language under
// dist/<lang>/) adds a line there, not code here. Every built index.html
// under dist/ must have a budget, and every budgeted page must exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const budgetFile = resolve(root, 'tests/e2e/size-budget.json');

/**
 * The files a browser fetches to show the first screen of `page` (a path from
 * the repository root): the page itself and what its head loads, the way the
 * release build writes them: the app's one script (the glue, with the loader
 * and the service worker's registration in it) and the wasm, which the page
 * preloads. The stylesheet is in the page.
 * The manifest and the service worker are left out: they come after the first
 * screen. `first-load.spec.mjs` checks this list against what Chromium fetches.
 */
export function firstLoadFiles(page) {
  const file = resolve(root, page);
  if (!existsSync(file)) throw new Error(`${page} does not exist: build it first (trunk build --release)`);
  const html = readFileSync(file, 'utf8');
  const urls = [];
  for (const [tag] of html.matchAll(/<(link|script)\b[^>]*>/g)) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
    if (tag.startsWith('<script')) {
      if (attr('src')) urls.push(attr('src'));
    } else if (/^(stylesheet|modulepreload|preload)$/.test(attr('rel') ?? '') && attr('href')) {
      urls.push(attr('href'));
    }
  }
  const files = [file];
  for (const url of urls) {
    if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`${page} loads ${url} from elsewhere`);
    const path = resolve(dirname(file), url.split(/[?#]/)[0]);
    if (!existsSync(path)) throw new Error(`${page} loads ${url}, which is not in the build`);
    if (!files.includes(path)) files.push(path);
  }
  // Without these the app cannot start, so a list without them is a parse
  // that went wrong, not a small app.
  for (const ext of ['.js', '.wasm']) {
    if (!files.some((f) => f.endsWith(ext))) throw new Error(`${page}: no ${ext} file found among its first-load files`);
  }
  // The release build writes the stylesheet into the page.
  if (!files.some((f) => f.endsWith('.css')) && !/<style>[^<]/.test(html)) throw new Error(`${page}: no stylesheet, in a file or in the page`);
  return files.map((f) => relative(root, f));
}

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every index.html under dist/, as paths from the repository root. */
function builtPages(dir = 'dist') {
  const abs = resolve(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return builtPages(path);
    return e.name === 'index.html' ? [path] : [];
  });
}

function check() {
  const { pages } = JSON.parse(readFileSync(budgetFile, 'utf8'));
  const budgeted = Object.keys(pages ?? {});
  if (budgeted.length === 0) throw new Error(`${relative(root, budgetFile)} names no page`);
  const problems = builtPages()
    .filter((p) => !budgeted.includes(p))
    .map((p) => `${p} was built but has no budget in ${relative(root, budgetFile)}`);
  for (const page of budgeted) {
    const limit = pages[page].brotli;
    if (!Number.isInteger(limit) || limit <= 0) throw new Error(`${page}: the budget must be a whole number of bytes`);
    const rows = firstLoadFiles(page).map((f) => ({ f, size: brotli(readFileSync(resolve(root, f))) }));
    const total = rows.reduce((t, r) => t + r.size, 0);
    console.log(`first load of ${page} (brotli, bytes)`);
    for (const { f, size } of rows) console.log(`  ${f.padEnd(48)} ${String(size).padStart(8)}`);
    const verdict = total <= limit ? 'within' : 'OVER';
    console.log(`  ${'total'.padEnd(48)} ${String(total).padStart(8)}  budget ${limit}: ${verdict} (${(total / 1024).toFixed(1)} of ${(limit / 1024).toFixed(1)} KiB)`);
    if (total > limit) {
      problems.push(`${page}: first load is ${total} bytes brotli, ${total - limit} over its budget of ${limit}`
        + ` (raise it in ${relative(root, budgetFile)} only as a reviewed change)`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let problems;
  try {
    problems = check();
  } catch (e) {
    problems = [e.message];
  }
  for (const p of problems) console.error(`size budget: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
