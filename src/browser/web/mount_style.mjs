// The stylesheet of a mounted app (mount.js): main.css with every rule
// scoped to the host's element, so that mounting restyles nothing of the
// host's page. The app's own page keeps main.css as it is (no byte more in
// its first load); postbuild.mjs writes this copy beside it.
//
// A rule's selectors each get the element's class in front; `:root`, `html`
// and `body` become the element itself: its design tokens (at no
// specificity, so the host's own `--opsfit-*` on the element win), its
// colours and font. At-rules that hold rules (@media, @supports) are scoped
// inside; others (@keyframes, @font-face) are kept as they are.

export const MOUNT_CLASS = 'opsfit-mounted';

/** Index of the `close` that ends the block opened just before `from`,
 * skipping strings, comments and nested blocks. */
function skip(css, from, stops) {
  let depth = 0;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i === 0) return css.length;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && stops.includes(c)) return i;
  }
  return css.length;
}

function blockEnd(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('mount_style.mjs: a block of main.css is not closed');
}

function scopeSelector(selector) {
  const s = selector.trim();
  const root = s.match(/^(:root|html|body)(?![\w-])/);
  if (!root) return `.${MOUNT_CLASS} ${s}`;
  const rest = s.slice(root[0].length);
  return (root[1] === ':root' ? `:where(.${MOUNT_CLASS})` : `.${MOUNT_CLASS}`) + rest;
}

function splitSelectors(list) {
  const parts = [];
  let at = 0;
  for (;;) {
    const comma = skip(list, at, [',']);
    parts.push(list.slice(at, comma));
    if (comma >= list.length) return parts;
    at = comma + 1;
  }
}

/** main.css with every rule scoped to `.opsfit-mounted`. */
export function scopeToMount(css) {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const end = skip(css, at, ['{', ';', '}']);
    const prelude = css.slice(at, end).replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (end >= css.length) {
      if (prelude) throw new Error(`mount_style.mjs: main.css ends inside "${prelude.slice(0, 40)}"`);
      break;
    }
    if (css[end] !== '{') {
      if (css[end] === '}') throw new Error('mount_style.mjs: an unopened "}" in main.css');
      out += `${prelude};`;
      at = end + 1;
      continue;
    }
    const close = blockEnd(css, end);
    const body = css.slice(end + 1, close);
    if (/^@(media|supports|layer|container)\b/.test(prelude)) out += `${prelude}{${scopeToMount(body)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else out += `${splitSelectors(prelude).map(scopeSelector).join(',')}{${body}}`;
    at = close + 1;
  }
  return out;
}
