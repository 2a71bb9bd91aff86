// opsfit's service worker. postbuild.mjs fills in the version and the
// precache list from the hashed files of the build; never edit them by hand.
const VERSION = '__OPSFIT_VERSION__';
const PRECACHE = __OPSFIT_PRECACHE__;
// Each language is its own build with its own worker (the other languages'
// builds sit in sub-folders, under their own, narrower scope): a worker
// deletes only its own language's old caches, never another's.
const LOCALE = '__OPSFIT_LOCALE__';
const LOCALES = __OPSFIT_LOCALES__;
const CACHE = `opsfit-${LOCALE}-${VERSION}`;
const mine = (k) => k.startsWith(`opsfit-${LOCALE}-`) || !LOCALES.some((l) => k.startsWith(`opsfit-${l}-`));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// Each deploy gets its own cache; the old ones go once the new one is active.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('opsfit-') && k !== CACHE && mine(k)).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the person presses "Reload" on the update notice.
self.addEventListener('message', (event) => {
  if (event.data === 'opsfit-skip-waiting') self.skipWaiting();
});

// Cache first: everything the app needs is precached, so it opens offline.
// The query string (embed mode, theme) does not change which file is served.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Another language's build, in a sub-folder of this scope: its own worker.
  const path = request.url.slice(self.registration.scope.length);
  if (request.url.startsWith(self.registration.scope) && LOCALES.some((l) => l !== LOCALE && path.startsWith(`${l}/`))) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (offline) {
        if (request.mode === 'navigate') return cache.match('./index.html');
        throw offline;
      }
    }),
  );
});
