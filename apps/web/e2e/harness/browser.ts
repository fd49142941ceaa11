import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { repoRoot } from '../../../../tools/lib/repo-root';
import { APP_URL } from './platform';

export const PASSWORD = 'relais-demo';
export const PHONE = { width: 360, height: 740 };

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** The profile directory: a second launch on it is "the same phone" (IndexedDB, service worker). */
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Debian's chromium through playwright-core, on a fresh profile (or the given one, to come back to
 * the same phone), French (pages and date inputs), phone-sized by default.
 */
export async function launchBrowser(options: { userDataDir?: string; viewport?: { width: number; height: number } } = {}): Promise<Phone> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'relais-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'],
    // Date and time inputs follow Chromium's own locale, which on Linux comes from LANGUAGE (--lang
    // elsewhere), and only if its French pack is installed (Debian: chromium-l10n).
    env: { ...process.env, LANGUAGE: 'fr' },
    viewport: options.viewport ?? PHONE,
    locale: 'fr-FR',
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    userDataDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Through the app's sign-in page and Keycloak's real login form, back to the app signed in. */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  if (!page.url().startsWith(APP_URL)) await page.goto(`${APP_URL}/`);
  await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
  await page.waitForURL(/\/realms\/relais\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${APP_URL}/**`);
  await page.locator('#page-title').waitFor();
}

/** Signs out from the shell (menu on a phone), confirming on Keycloak's page if it asks. */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /^(Ouvrir le menu|Open menu)$/ });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: /^(Se déconnecter|Sign out)$/ }).click();
  const erase = page.getByRole('button', { name: /^(Se déconnecter et effacer|Sign out and erase)$/ });
  const kcConfirm = page.locator('#kc-logout');
  const signInButton = page.getByRole('button', { name: /^(Se connecter|Sign in)$/ });
  await erase.or(kcConfirm).or(signInButton).first().waitFor();
  if (await erase.isVisible()) await erase.click();
  if (await kcConfirm.isVisible().catch(() => false)) await kcConfirm.click();
  await page.waitForURL(`${APP_URL}/`);
  await signInButton.waitFor();
}

/**
 * What the page printed as errors, Content-Security-Policy refusals included (a blocked frame or
 * script shows up only there).
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Fails on any serious or critical WCAG violation, naming the rules and elements. */
export async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const lines = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
    throw new Error(`axe: ${bad.length} serious/critical violation(s) on ${page.url()}\n${lines.join('\n')}`);
  }
}

/** docs/screenshots/<name>.png, for the README and for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export interface JsLoad {
  files: { path: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

/**
 * Counts the app's JavaScript from now on: each distinct file once, at its gzip size (what a
 * phone downloads from a compressing server), whether it came from the network, the HTTP cache
 * or the service worker. Call `total()` once the screen is usable.
 */
export function measureJs(page: Page): { total(): Promise<JsLoad> } {
  const seen = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== APP_URL || !url.pathname.endsWith('.js') || seen.has(url.pathname)) return;
    seen.set(url.pathname, response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  return {
    async total() {
      const files = await Promise.all([...seen].map(async ([path, size]) => ({ path, gzipBytes: await size })));
      return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
    },
  };
}

/**
 * Waits until the service worker controls the page: from then on the app opens offline.
 * Two things leave a page uncontrolled for good, and a real officer's next visit mends both, so
 * the page is loaded again rather than waited on forever: a worker that activated (and claimed
 * its clients) while this page was still loading after the sign-in redirect, and an install whose
 * precache failed on a loaded machine (the app registers the worker again at every load).
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // A string: this runs in the page, where `navigator` exists (Node's types do not have it).
    const state = await page.evaluate(`(async () => {
      const sw = navigator.serviceWorker;
      const active = await Promise.race([sw.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 15000))]);
      if (!active) return 'no active worker after 15 s';
      if (sw.controller) return 'controlled';
      return new Promise((resolve) => {
        sw.addEventListener('controllerchange', () => resolve('controlled'), { once: true });
        setTimeout(() => resolve(sw.controller ? 'controlled' : 'active but not controlling this page'), 5000);
      });
    })()`);
    if (state === 'controlled') return;
    if (attempt === 3) throw new Error(`the service worker does not control the page after three loads: ${String(state)}`);
    console.log(`service worker: ${String(state)}; loading the page again`);
    await page.reload();
  }
}
