/* Relais service worker. The build (vite.config.ts) fills in the list of this build's files.
 * - The app shell is stored at install, so the app opens with no network after one visit.
 * - Pages: network first (a new build is picked up at once), the stored shell when the network
 *   is down or too slow to wait for (field posts on weak connections).
 * - Hashed files: from the store (their name changes when their content does).
 * - /api/ is never stored: answers hold personal data and must reflect the server. */
const PRECACHE = __PRECACHE__;
const CACHE = `relais-shell-${__VERSION__}`;
const SLOW_NETWORK_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('relais-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // The public statistics page has its own entry: never stored as (or served from) the app's shell.
    const own = { '/silent-renew.html': '/silent-renew.html', '/statistiques': '/statistiques.html', '/en/statistics': '/statistiques.html' };
    const page = own[url.pathname.replace(/\/+$/, '')] ?? '/index.html';
    event.respondWith(networkFirst(request, page));
  } else if (url.pathname === '/config.json') {
    event.respondWith(networkFirst(request, '/config.json'));
  } else {
    event.respondWith(caches.match(url.pathname, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  }
});

/** The network's answer (kept as `key` for next time), else the stored copy. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') void cache.put(key, response.clone());
    return response;
  });
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS));
  try {
    const first = await Promise.race([fromNetwork, slow]);
    if (first) return first;
  } catch {
    // offline: fall through to the stored copy
  }
  const stored = await cache.match(key);
  return stored || fromNetwork;
}
