import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { barrelIndex, rewriteImports } from './src/app/build/deep-imports.mts';
import { cacheVersion, precacheList } from './src/app/pwa/precache-list.mts';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Writes sw.js at the end of the build with the exact list of this build's files, so the app
 * shell (including every lazily loaded screen) is on the device after one visit.
 */
function serviceWorker(): Plugin {
  return {
    name: 'relais-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = precacheList(Object.keys(bundle));
      const source = readFileSync(resolve(root, 'src/app/pwa/service-worker.js'), 'utf8')
        .replace('__PRECACHE__', JSON.stringify(files))
        .replace('__VERSION__', JSON.stringify(cacheVersion(files)));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * Imports Mantine's components and hooks from the modules that define them rather than through
 * each package's barrel, so that a component lands in the chunk of the screens that use it
 * instead of the first chunk (src/app/build/deep-imports.mts; apps/web/README.md, "Budget").
 * Build only: the dev server and vitest keep the packages as published.
 */
function mantineDeepImports(): Plugin {
  const packages = ['@mantine/core', '@mantine/hooks'].map((pkg) => {
    const dir = resolve(root, '../../node_modules', pkg, 'esm');
    return { pkg, index: barrelIndex(readFileSync(resolve(dir, 'index.mjs'), 'utf8'), dir) };
  });
  return {
    name: 'relais-mantine-deep-imports',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // The app's sources, and Mantine's own modules (which reach @mantine/hooks through its barrel).
      if (!/\/apps\/web\/src\/.*\.tsx?$|\/node_modules\/@mantine\/core\/esm\/.*\.mjs$/.test(id) || !code.includes('@mantine/')) return null;
      let result = code;
      for (const { pkg, index } of packages) result = rewriteImports(result, pkg, index) ?? result;
      return result === code ? null : { code: result, map: null };
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [mantineDeepImports(), react(), serviceWorker()],
  build: {
    outDir: resolve(root, '../../dist/apps/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    target: 'es2022',
    // The budget that matters is gzipped JS before a screen is usable, measured in the browser tests.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        'silent-renew': resolve(root, 'silent-renew.html'),
        // The public statistics page: its own light entry, without sign-in or Mantine (served at /statistiques).
        statistiques: resolve(root, 'statistiques.html'),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
