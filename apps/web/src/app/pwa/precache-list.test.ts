import { describe, expect, it } from 'vitest';
import { cacheVersion, precacheList } from './precache-list.mts';

describe('precache list', () => {
  const bundle = ['index.html', 'silent-renew.html', 'assets/index-abc.js', 'assets/index-abc.js.map', 'assets/index-def.css', 'sw.js'];

  it('keeps the pages, the built files and the public shell files, never maps or the worker', () => {
    expect(precacheList(bundle)).toEqual([
      '/assets/index-abc.js',
      '/assets/index-def.css',
      '/config.json',
      '/icons/icon-192.png',
      '/icons/icon-512.png',
      '/index.html',
      '/manifest.webmanifest',
      '/silent-renew.html',
    ]);
  });

  it('gives a new build a new cache name', () => {
    expect(cacheVersion(precacheList(bundle))).toBe(cacheVersion(precacheList([...bundle].reverse())));
    expect(cacheVersion(precacheList(bundle))).not.toBe(cacheVersion(precacheList([...bundle, 'assets/x-1.js'])));
  });
});
