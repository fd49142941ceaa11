/**
 * What the service worker stores at install so the app opens with no network: the pages, every
 * file of this build (hashed, so safe to keep until the next build) and the public files the shell
 * needs. Source maps are for developers; the worker itself must never be cached by itself.
 */
export const PUBLIC_SHELL_FILES = ['/config.json', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

export function precacheList(bundleFiles: readonly string[]): string[] {
  const built = bundleFiles
    .filter((file) => !file.endsWith('.map') && file !== 'sw.js')
    .map((file) => `/${file}`);
  return [...new Set([...built, ...PUBLIC_SHELL_FILES])].sort();
}

/** A short fingerprint of the list: a new build gets a new cache, the old one is dropped. */
export function cacheVersion(files: readonly string[]): string {
  let hash = 2166136261;
  for (const char of files.join('\n')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(36);
}
