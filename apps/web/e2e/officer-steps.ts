import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { repoRoot } from '../../../tools/lib/repo-root';
import { ISSUER, JsLoad } from './harness';

/**
 * What the officer does on the form, by the labels a person reads (French): if a label changes,
 * the test says so. Fake data only.
 */
export async function fillChildIdentification(page: Page, givenNames: string, phone?: string): Promise<void> {
  await page.getByLabel('Région').selectOption('mopti');
  await page.getByLabel('Cercle').fill('Djenné');
  await page.getByLabel('Lieu précis').fill('Gare routière');
  await page.getByLabel('Prénom(s)').fill(givenNames);
  await page.getByLabel('Nom de famille').fill('Essai');
  await page.getByLabel(/^Sexe/).selectOption('male');
  await page.getByLabel('Âge estimé (en années)').fill('11');
  if (phone !== undefined) await page.getByLabel('Téléphone').fill(phone);
  await page.getByRole('checkbox', { name: /^Mendicité forcée/ }).check();
  await page.getByRole('checkbox', { name: 'Abus de vulnérabilité' }).check();
  await page.getByRole('radio', { name: 'Victime potentielle de la traite' }).check();
  await page.getByRole('checkbox', { name: 'Hébergement' }).check();
  await page.getByRole('switch', { name: 'Hébergement : urgent' }).press('Space'); // by keyboard: the track covers the input
  await page.getByRole('checkbox', { name: /consent à être orientée/ }).check();
  await page.getByRole('radio', { name: /tuteur/ }).check();
}

/** A real Keycloak token through the development client's password grant (for a second, concurrent user). */
export async function keycloakToken(username: string, password = 'relais-demo'): Promise<string> {
  const response = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'relais-dev', username, password, scope: 'openid' }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The app's IndexedDB databases that hold a user's data (named by a hash of the user). */
export function userDatabases(page: Page): Promise<string[]> {
  // A string: this file is compiled for Node, the function runs in the page.
  return page.evaluate<string[]>(`(async () => (await indexedDB.databases()).map((d) => d.name || '').filter((n) => /^relais-[0-9a-f]{32}$/.test(n)).sort())()`);
}

/** bench/results/<name>.json: what Chromium loaded before the screen was usable, file by file. */
export function writeBudget(name: string, load: JsLoad, budgetBytes: number): void {
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const files = [...load.files].sort((a, b) => b.gzipBytes - a.gzipBytes).map((f) => ({ file: f.path.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js'), gzipBytes: f.gzipBytes }));
  const report = { measuredAt: new Date().toISOString(), browser: 'Debian chromium (headless), 360×740, service worker warm', budgetGzipBytes: budgetBytes, totalGzipBytes: load.totalGzipBytes, files };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
}
