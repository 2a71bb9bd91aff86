// trunk post_build hook: writes what depends on the final, hashed files.
//  - the JS glue with trunk's loader and register.js in it, minified
//    (release): index.html's one script;
//  - index.html without inline script: the Content Security Policy in its
//    meta tag allows scripts from files only; main.css is in it, allowed by
//    its hash;
//  - sw.js: the service worker with its precache list and version;
//  - manifest.webmanifest and icon.svg;
//  - mount.js: a stable entry point to mount opsfit without an iframe, and
//    its stylesheet, main.css scoped to the host's element (mount_style.mjs);
//  - dist-single/opsfit.html (release only): one self-contained file that
//    opens from disk, with the CSS, the JS and the wasm inlined
//    (opsfit.<id>.html for another language);
//  - per language (OPSFIT_LOCALE): <html lang>, title, description, the
//    manifest, and the inline script that picks the language's build;
//  - the pages module (the screens the first load leaves out, ARCHITECTURE.md
//    "The pages module"), built here with cargo, beside the wasm, named in
//    index.html and mount.js, in the precache list, and inline in the
//    single file; and its stylesheet (style/pages.css, minified by trunk),
//    out of index.html, named after the module, in mount.js's scoped copy
//    and in the single file's style;
//  - the link preview: Open Graph and Twitter card tags per language, and
//    preview.png (1200 × 630, drawn by preview.mjs), which only crawlers
//    fetch: not preloaded, not precached, left out of the single file.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW, previewMeta, previewPng } from './preview.mjs';
import { MOUNT_CLASS, scopeToMount } from './mount_style.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const stage = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!stage) throw new Error('postbuild.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');

const files = readdirSync(stage).sort();
const find = (re) => files.find((f) => re.test(f));
const js = find(/^opsfit-[0-9a-f]+\.js$/);
const wasm = find(/^opsfit-[0-9a-f]+_bg\.wasm$/);
const css = find(/^main-[0-9a-f]+\.css$/);
const trunkPagesCss = find(/^pages-[0-9a-f]+\.css$/);
if (!js || !wasm || !css || !trunkPagesCss) throw new Error(`postbuild.mjs: hashed files not found in ${files.join(', ')}`);

// One build per language (ARCHITECTURE.md): OPSFIT_LOCALE names this one,
// as it did for build.rs. The page's own text (title, description, the
// manifest) is the locale's `html_` keys of ui.toml, flat `key = "text"`
// lines, which JSON reads as they are.
const locales = [...readFileSync(join(source, 'content/locales.toml'), 'utf8').matchAll(/^id\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
const locale = process.env.OPSFIT_LOCALE || locales[0];
if (!locales.includes(locale)) throw new Error(`postbuild.mjs: OPSFIT_LOCALE "${locale}" is not in content/locales.toml`);
const reference = locales[0];
const uiText = (id) => Object.fromEntries([...readFileSync(join(source, `content/${id}/ui.toml`), 'utf8')
  .matchAll(/^(html_[a-z_]+)\s*=\s*("(?:[^"\\]|\\.)*")\s*$/gm)].map((m) => [m[1], JSON.parse(m[2])]));
const ui = uiText(locale);
const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The icon is the page's favicon (index.html: the header's mark), written
// out as a file for the manifest, so the two cannot drift apart.
const favicon = readFileSync(join(stage, 'index.html'), 'utf8').match(/href="data:image\/svg\+xml,([^"]+)"/);
if (!favicon) throw new Error('postbuild.mjs: index.html has no SVG favicon to write icon.svg from');
writeFileSync(join(stage, 'icon.svg'), `${decodeURIComponent(favicon[1])}\n`);
writeFileSync(join(stage, 'manifest.webmanifest'), JSON.stringify({
  name: ui.html_manifest_name,
  short_name: 'opsfit',
  description: ui.html_manifest_description,
  lang: locale,
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#4b3bd6', // --opsfit-accent
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
}, null, 2) + '\n');

// The pages module: its own crate (pages/), built for this language and
// profile like the app, so it is always the app's twin; named by its
// content, like the rest.
const release = process.env.TRUNK_PROFILE === 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
execFileSync('cargo', ['build', '--locked', '-p', 'opsfit-pages', '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : [])],
  { cwd: source, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, OPSFIT_LOCALE: locale } });
const pagesBuilt = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'opsfit_pages.wasm');
const pagesStaged = `${pagesBuilt}.opt`;
if (release) {
  // The app's own wasm-opt settings (index.html's data-wasm-opt-params).
  const wasmOpt = join(source, 'tests/e2e/node_modules/.bin/wasm-opt');
  execFileSync(wasmOpt, ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--strip-debug', '--strip-producers', '--zero-filled-memory', '--low-memory-unused',
    pagesBuilt, '-o', pagesStaged], { stdio: ['ignore', 'inherit', 'inherit'] });
} else {
  copyFileSync(pagesBuilt, pagesStaged);
}
const pagesBytes = readFileSync(pagesStaged);
// The module's stylesheet, as trunk wrote it (minified in release), leaves
// the first load: the app adds it when it loads the module. The two share
// one name, made from both, so the app finds the stylesheet from the
// module's name and a change to either renames both.
const pagesCssText = readFileSync(join(stage, trunkPagesCss), 'utf8');
unlinkSync(join(stage, trunkPagesCss));
const pagesStem = `pages-${createHash('sha256').update(pagesBytes).update(pagesCssText).digest('hex').slice(0, 16)}`;
const pages = `${pagesStem}.wasm`;
writeFileSync(join(stage, pages), pagesBytes);
writeFileSync(join(stage, `${pagesStem}.css`), pagesCssText);
const pagesMeta = `<meta name="opsfit-pages" content="${pagesStem}">`;

// The trunk-minified CSS is read after trunk wrote it (release), so the
// scoped copy is as small as it can be; named by its content like the rest.
// It holds the pages module's rules too: a mounted app loads nothing more.
const mountCssText = scopeToMount(readFileSync(join(stage, css), 'utf8') + pagesCssText);
const mountCss = `mount-${createHash('sha256').update(mountCssText).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(stage, mountCss), mountCssText);

writeFileSync(join(stage, 'mount.js'), `// Mounts opsfit into an element of your page, without an iframe:
//   import { mount } from 'https://your.host/opsfit/mount.js';
//   await mount('#quiz');
// The app then touches only that element: its screens change inside it, not
// your address, scroll or focus. Theme it with the element's --opsfit-*
// custom properties, or with options that set them:
//   await mount('#quiz', { accent: '#a00', radius: '4px' });
export async function mount(selector, theme = {}) {
  window.opsfitManualMount = true;
  const element = document.querySelector(selector);
  if (!element) throw new Error('opsfit: nothing matches ' + selector);
  for (const [name, value] of Object.entries(theme)) element.style.setProperty('--opsfit-' + name, String(value));
  // The app's stylesheet styles this element and what is in it, nothing of
  // the host's page.
  element.classList.add('${MOUNT_CLASS}');
  const base = new URL('./', import.meta.url);
  if (!document.querySelector('link[data-opsfit-style]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('${mountCss}', base).href;
    link.dataset.opsfitStyle = '';
    document.head.append(link);
  }
  const app = await import(new URL('${js}', base).href);
  await app.default({ module_or_path: new URL('${wasm}', base) });
  if (!app.mount_into(selector, base.href, '${pagesStem}')) throw new Error('opsfit: nothing matches ' + selector);
}
`);

// The link preview (README, "Link previews"): the image, and the tags that
// name it, absolute when OPSFIT_SITE_URL gives the site's address.
// The manifest's name is "opsfit: the question": the name beside the mark,
// the question under it. The two roles' names are the same in every language.
const [appName, question] = ui.html_manifest_name.split(/:\s+/);
if (!question) throw new Error('postbuild.mjs: html_manifest_name in ui.toml must read "name: question" for the preview image');
try {
  writeFileSync(join(stage, PREVIEW), previewPng({ name: appName, question, poles: ['SRE', 'DevOps'] }));
} catch (e) {
  throw new Error(`postbuild.mjs: content/${locale}/ui.toml html_manifest_name: ${e.message}`);
}
const previewTags = previewMeta({
  locale,
  locales,
  site: process.env.OPSFIT_SITE_URL,
  name: appName,
  title: ui.html_title,
  description: ui.html_description,
  alt: ui.html_manifest_name,
});

const digest = (text) => createHash('sha256').update(text).digest();
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
// The glue's classes for exports wasm-opt removed (`--remove-exports` in
// index.html: the stream classes Leptos's server_fn brings) would call what
// is gone. They go too, with their finalizers: 2 KB less script to parse
// before the first question, and three FinalizationRegistry objects fewer.
function withoutDeadClasses(glue, wasmBytes) {
  const exported = new Set(WebAssembly.Module.exports(new WebAssembly.Module(wasmBytes)).map((e) => e.name));
  let out = glue;
  for (const [block, name] of glue.matchAll(/^export class (\w+) \{\n[\s\S]*?^\}\n/gm)) {
    const calls = [...block.matchAll(/\bwasm\.(\w+)\(/g)].map((m) => m[1]);
    if (calls.length === 0 || calls.some((c) => exported.has(c))) continue;
    out = out.replace(block, '')
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'), '')
      .replace(new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'), '');
    if (new RegExp(`\\b${name}\\b`).test(out)) throw new Error(`postbuild.mjs: the glue still names ${name}, whose wasm exports are gone`);
  }
  return out;
}
const glueSource = withoutDeadClasses(readFileSync(join(stage, js), 'utf8'), readFileSync(join(stage, wasm)));
let trunkHtml = readFileSync(join(stage, 'index.html'), 'utf8')
  .replace(/<html\b[^>]*>/, `<html lang="${locale}">`)
  .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(ui.html_title)}</title>`)
  .replace(/<meta\b[^>]*\bname=["']?description\b[^>]*>/, () => `<meta name="description" content="${escapeHtml(ui.html_description)}">${previewTags}`)
  .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${escapeHtml(ui.html_noscript)}</noscript>`)
  .replace(/<meta\b[^>]*\bname=["']?description\b[^>]*>/, (tag) => tag + pagesMeta)
  .replace(new RegExp(`<link\\b[^>]*${trunkPagesCss.replace('.', '\\.')}[^>]*>`), '');
if (trunkHtml.includes(trunkPagesCss)) throw new Error(`postbuild.mjs: index.html still links ${trunkPagesCss}, which is not in the first load`);
for (const [what, text] of [['title', escapeHtml(ui.html_title)], ['description', escapeHtml(ui.html_description)], ['preview tags', previewTags], ['pages module', pagesMeta]]) {
  if (!trunkHtml.includes(text)) throw new Error(`postbuild.mjs: the page's ${what} was not replaced`);
}
// Every inline script trunk wrote (its loader, register.js, and in `trunk
// serve` its live-reload client) moves into the glue's own file, so the page
// runs under `script-src 'self'` and starts with one script: each request
// before the app's start cost the first question time on a slow phone
// (ARCHITECTURE.md, "Start-up"). The loader imports the glue, which is now
// the module itself (a module may import itself). mount.js imports the same
// file after setting `opsfitManualMount`: then nothing runs but the glue.
let loader = null;
const classic = [];
const page = trunkHtml.replace(/<script(\s+type=["']?module["']?)?\s*>([\s\S]*?)<\/script>/g, (_, module, body) => {
  // trunk fills these in when it serves index.html; from a file, the
  // live-reload client reads them from the page's address instead. (Quoted
  // with ', or with ` once trunk has minified it.)
  const text = body
    .replace(/(['"`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'location.host')
    .replace(/(['"`])\{\{__TRUNK_WS_BASE__\}\}\1/g, "'/'");
  if (!module) {
    classic.push(text);
    return '';
  }
  if (loader !== null) throw new Error('postbuild.mjs: index.html has two module scripts');
  loader = text;
  return '\u0000app\u0000';
});
if (loader === null) throw new Error('postbuild.mjs: no loader script from trunk in index.html');
const imports = loader.match(/^\s*import\b[^;]*;/gm) ?? [];
if (!imports.every((line) => line.includes(`'./${js}'`) || line.includes(`"./${js}"`))) {
  throw new Error(`postbuild.mjs: the loader imports something other than ${js}`);
}
const start = [
  ...imports.map((line) => line.trim()),
  'if (!window.opsfitManualMount) {',
  // Each as if a script of its own: its error is reported and stops
  // neither the others nor the app.
  ...classic.map((body) => `try {\n${body}\n} catch (e) { setTimeout(() => { throw e; }); }`),
  imports.reduce((rest, line) => rest.replace(line, ''), loader),
  '}',
].join('\n');
let app = `${glueSource}\n${start}\n`;
if (release) {
  // trunk's own minifier gives up on wasm-bindgen's glue (`export default`),
  // so terser, from the npm packages of tests/e2e, minifies it.
  const { minify } = createRequire(join(source, 'tests/e2e/package.json'))('terser');
  ({ code: app } = await minify(app, { module: true, ecma: 2020 }));
}
// Chrome (136 on) compiles every function of a script that opens with this
// comment while it streams in, off the main thread, rather than each on its
// first call: nearly all of the glue runs before the first question
// (ARCHITECTURE.md, "Start-up"). Other browsers read a comment.
app = `//# allFunctionsCalledOnLoad\n${app}`;
writeFileSync(join(stage, js), app);
const preload = new RegExp(`<link[^>]*${js.replace('.', '\\.')}[^>]*>`);
if (!preload.test(page)) throw new Error(`postbuild.mjs: no preload of ${js} in index.html`);
const integrity = trunkHtml.match(preload)[0].match(/sha384-[A-Za-z0-9+/=]+/);
const appTag = `<script type="module" src="./${js}"${integrity ? ` integrity="${sri(app)}"` : ''}></script>`;
const withApp = page.replace(preload, '').replace('\u0000app\u0000', () => appTag);
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(withApp) || !withApp.includes('Content-Security-Policy')) {
  throw new Error('postbuild.mjs: index.html must keep its policy and have no inline script');
}
// The language is decided before any wasm is fetched: this script runs
// first in the head, before the preloads, and when another language's build
// is wanted it stops this page (so no preload starts) and goes there, with
// the query and the hash. Order: `?lang=`, the stored choice, the address
// (a build under its language's folder, such as /es/, is a language named
// in the address; the reference build at the root names none), then the
// browser's languages. Inline (allowed by its hash) so that no fetch delays
// it and lets the preload scanner run ahead to this build's wasm.
// Written small by hand: it is in every first load.
const chooser = '(function(l,h,r,P){function o(x){return l.indexOf(x)<0?null:x}'
  + 'var w=o(new URLSearchParams(location.search).get("lang"));'
  + 'try{w=w||o(localStorage.getItem("opsfit:lang"))}catch(e){}'
  + 'if(!w&&h!=l[0])w=h;'
  + 'for(var p=navigator.languages||[navigator.language||""],i=0;!w&&i<p.length;i++){var t=String(p[i]).toLowerCase();w=o(t)||o(t.split("-")[0])}'
  + 'w=w||l[0];if(w!=h){stop();location.replace(r+(w==l[0]?"":w+"/")+location.search+location.hash)}'
  // Staying, on a screen the pages module draws (anything but home and the
  // quiz, say a shared result's link): its module and stylesheet are
  // fetched beside the app's wasm rather than after it.
  + 'else if(!/^(#\\/?(quiz)?)?$/.test(location.hash))[["wasm","fetch"],["css","style"]].forEach(function(x){var k=document.createElement("link");k.rel="preload";k.as=x[1];k.href=P+"."+x[0];if(x[1]=="fetch")k.crossOrigin="";document.head.appendChild(k)})})'
  + `(${JSON.stringify(locales)},${JSON.stringify(locale)},${JSON.stringify(locale === reference ? './' : '../')},${JSON.stringify(pagesStem)})`;
const chooserTag = `<script data-opsfit-lang>${chooser}</script>`;
const chooserHash = `'sha256-${createHash('sha256').update(chooser).digest('base64')}'`;
let localized = withApp.replace(/<meta[^>]*Content-Security-Policy[^>]*>/, (tag) => tag.replace("script-src 'self'", `script-src 'self' ${chooserHash}`));
if (localized === withApp) throw new Error('postbuild.mjs: no script-src in the page policy to allow the language script');
localized = localized.replace(/(<meta[^>]*Content-Security-Policy[^>]*>)/, `$1${chooserTag}`);
const head = localized.slice(0, localized.indexOf(chooserTag));
if (/<link[^>]*(preload|stylesheet)|<script/.test(head)) throw new Error('postbuild.mjs: the language script must come before every preload and script');
// The stylesheet is in the page, allowed by its hash, and its file is not
// written: a file was one more request before the app's script, which a
// browser runs only once every stylesheet of the page has arrived
// (ARCHITECTURE.md, "Start-up"). mount.js's copy is a file of its own.
const cssText = readFileSync(join(stage, css), 'utf8');
if (/<\/style/i.test(cssText)) throw new Error(`postbuild.mjs: ${css} cannot be inlined: it contains "</style"`);
const styleTag = `<style>${cssText}</style>`;
const styleHash = `'sha256-${digest(cssText).toString('base64')}'`;
localized = localized
  .replace(new RegExp(`<link\\b[^>]*${css.replace('.', '\\.')}[^>]*>`), () => styleTag)
  .replace(/<meta[^>]*Content-Security-Policy[^>]*>/, (tag) => tag.replace("style-src 'self'", `style-src 'self' ${styleHash}`));
if (!localized.includes(styleTag) || !localized.includes(styleHash) || localized.includes(css)) {
  throw new Error(`postbuild.mjs: ${css} was not moved into index.html with its hash in the policy`);
}
unlinkSync(join(stage, css));
writeFileSync(join(stage, 'index.html'), localized);

// The precache list is every file of this build; a new build is a new cache.
// The preview image is for crawlers, never for the page: not worth a
// visitor's download.
const built = readdirSync(stage).filter((f) => f !== 'sw.js' && f !== PREVIEW && !f.startsWith('.')).sort();
const precache = ['./', ...built.map((f) => `./${f}`)];
const version = createHash('sha256');
for (const f of built) version.update(f).update(readFileSync(join(stage, f)));
const worker = readFileSync(join(here, 'service-worker.js'), 'utf8')
  .replace("'__OPSFIT_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__OPSFIT_PRECACHE__', JSON.stringify(precache))
  .replace("'__OPSFIT_LOCALE__'", JSON.stringify(locale))
  .replace('__OPSFIT_LOCALES__', JSON.stringify(locales));
writeFileSync(join(stage, 'sw.js'), worker);

if (release) {
  let html = trunkHtml;
  const glue = glueSource
    .replace(/^export\s*\{[^}]*\};?\s*$/m, '')
    .replace(/^export\s+/gm, '');
  const bytes = readFileSync(join(stage, wasm)).toString('base64');
  const boot = `<script type="module">\n${glue}\nconst bytes = Uint8Array.from(atob("${bytes}"), (c) => c.charCodeAt(0));\nawait __wbg_init({ module_or_path: bytes });\n</script>`;
  // Read by browser::pages_module when there is nothing to fetch from: base64
  // holds no "<", and a script of this type never runs, so the policy needs
  // no hash for it.
  const inlineData = `<script type="application/octet-stream" id="opsfit-pages">${pagesBytes.toString('base64')}</script>`;
  // Both stylesheets in the one style the policy allows: the pages
  // module's rules come after main.css's, as on the app's own page.
  const style = `<style>\n${cssText}\n${pagesCssText}\n</style>`;
  // A file opened from disk has no origin to allow, so its policy names the
  // inline script and style by hash instead of 'self'.
  const hash = (element) => `'sha256-${digest(element.replace(/^<[^>]*>|<\/[a-z]+>$/g, '')).toString('base64')}'`;
  const policy = `default-src 'none'; script-src ${hash(boot)} 'wasm-unsafe-eval'; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
  html = html
    .replace(/<meta[^>]*Content-Security-Policy[^>]*>/, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    // A file from disk has no address for a crawler to preview.
    .replace(/<meta property="og:(image|url)[^"]*"[^>]*>/g, '')
    // The service worker never registers from disk.
    .replace(/<script>[\s\S]*?<\/script>/, '')
    .replace(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/, () => style)
    .replace(/<link\b[^>]*\brel=["']?(modulepreload|preload|manifest)\b[^>]*>/g, '')
    .replace(/<script\s+type=["']?module["']?\s*>[\s\S]*?<\/script>/, () => inlineData + boot);
  if (!html.includes(inlineData)) throw new Error('postbuild.mjs: the single file has no pages module');
  if (/opsfit-[0-9a-f]+(_bg\.wasm|\.js)/.test(html.replace(boot, ''))) {
    throw new Error('postbuild.mjs: the single file still refers to a hashed file');
  }
  mkdirSync(join(source, 'dist-single'), { recursive: true });
  writeFileSync(join(source, 'dist-single', locale === reference ? 'opsfit.html' : `opsfit.${locale}.html`), html);
}
