import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BrowserContext } from 'playwright-core';
import { repoRoot } from '../../../tools/lib/repo-root';
import { APP_URL } from './harness';

/**
 * Lighthouse's mobile profile ("slow 4G" and a phone's CPU): what the low-end phone on a
 * slow connection looks like to Chromium. Lighthouse simulates it; here Chromium applies it.
 */
export const SLOW_PHONE = { latencyMs: 150, downloadKbps: 1_600, uploadKbps: 750, cpuSlowdown: 4 };

export interface LabReport {
  measuredAt: string;
  url: string;
  conditions: typeof SLOW_PHONE & { cache: string; loadAverage1m: number };
  firstContentfulPaintMs: number | null;
  formUsableMs: number;
  jsFiles: number;
  jsGzipBytes: number;
  transferBytes: number;
  requests: number;
  longTasks: { count: number; totalMs: number; longestMs: number };
}

// Runs in the page before its scripts: long tasks as they happen, and when the form's first field exists.
const PROBE = `(() => {
  window.__lab = { longTasks: [], formUsableAt: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lab.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (window.__lab.formUsableAt === null && document.querySelector('input[name="person.givenNames"]')) window.__lab.formUsableAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})()`;

/**
 * The officer's form opened cold (no HTTP cache, service worker bypassed) by a signed-in officer
 * on a throttled network and CPU, in a page of its own: first contentful paint, time until the
 * form's first field exists, JavaScript (gzip size, what a compressing server sends), everything
 * the page transferred as served, and main-thread tasks over 50 ms. The equivalent of a Lighthouse
 * report, from Chromium's own figures (issue #15).
 */
export async function measureSlowPhone(context: BrowserContext): Promise<LabReport> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: (SLOW_PHONE.downloadKbps * 1000) / 8,
      uploadThroughput: (SLOW_PHONE.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });

    let transferBytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferBytes += event.encodedDataLength;
      requests += 1;
    });
    const js = new Map<string, Promise<number>>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== APP_URL || !url.pathname.endsWith('.js') || js.has(url.pathname)) return;
      js.set(url.pathname, response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    });

    await page.addInitScript(PROBE);
    await page.goto(`${APP_URL}/officer/new`);
    await page.locator('input[name="person.givenNames"]').waitFor({ timeout: 180_000 });
    const lab = await page.evaluate<{ fcp: number | null; formUsableAt: number; longTasks: number[] }>(`(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      formUsableAt: window.__lab.formUsableAt,
      longTasks: window.__lab.longTasks,
    }))()`);
    const sizes = await Promise.all(js.values());
    return {
      measuredAt: new Date().toISOString(),
      url: '/officer/new',
      conditions: { ...SLOW_PHONE, cache: 'cold: HTTP cache disabled, service worker bypassed; signed in (Keycloak session cookie)', loadAverage1m: Number(loadavg()[0].toFixed(2)) },
      firstContentfulPaintMs: lab.fcp === null ? null : Math.round(lab.fcp),
      formUsableMs: Math.round(lab.formUsableAt),
      jsFiles: sizes.length,
      jsGzipBytes: sizes.reduce((sum, n) => sum + n, 0),
      transferBytes,
      requests,
      longTasks: {
        count: lab.longTasks.length,
        totalMs: Math.round(lab.longTasks.reduce((sum, d) => sum + d, 0)),
        longestMs: Math.round(Math.max(0, ...lab.longTasks)),
      },
    };
  } finally {
    await page.close();
  }
}

/** bench/results/<name>.json, and a line for the test's output. */
export function writeLabReport(name: string, report: LabReport): string {
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const { conditions: c } = report;
  return (
    `officer form on a slow phone (${c.latencyMs} ms, ${c.downloadKbps} kbit/s, CPU ×${c.cpuSlowdown}, cold, load ${c.loadAverage1m}): ` +
    `first contentful paint ${report.firstContentfulPaintMs} ms, form usable ${report.formUsableMs} ms, ` +
    `JS ${(report.jsGzipBytes / 1024).toFixed(1)} KB gzipped in ${report.jsFiles} files, ${(report.transferBytes / 1024).toFixed(0)} KB transferred in ${report.requests} requests, ` +
    `${report.longTasks.count} long tasks (${report.longTasks.totalMs} ms, longest ${report.longTasks.longestMs} ms)`
  );
}
