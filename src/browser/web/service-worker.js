// opsfit's service worker. postbuild.mjs fills in the version and the
// precache list from the hashed files of the build; never edit them by hand.
const VERSION = '__OPSFIT_VERSION__';
const PRECACHE = __OPSFIT_PRECACHE__;
const CACHE = `opsfit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// Each deploy gets its own cache; the old ones go once the new one is active.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('opsfit-') && k !== CACHE).map((k) => caches.delete(k)),
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
