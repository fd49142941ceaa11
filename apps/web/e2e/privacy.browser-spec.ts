import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { APP_URL, axe, screenshot, signIn } from './harness';
import { keycloakToken } from './officer-steps';
import { acceptReferralInMopti, api, caseOf, identifyChildInMopti, platformWithPhone } from './role-steps';

/**
 * Mopti's child-protection caseworker accepts the person's referral, then reads the details as soon
 * as intake allows it (a read the data protection officer then sees). Returns the wait, in ms,
 * from the acceptance's answer to intake's first 200: the agency screen's wait on this platform.
 */
async function acceptAndRead(identificationId: string, victimRef: string): Promise<number> {
  const caseworker = await acceptReferralInMopti(victimRef);
  const accepted = Date.now();
  for (;;) {
    const read = await fetch(`${APP_URL}/api/intake/v1/identifications/${identificationId}`, { headers: { authorization: `Bearer ${caseworker}` } });
    if (read.status === 200) return Date.now() - accepted;
    if (read.status !== 404 || Date.now() - accepted > 60_000) throw new Error(`intake answered ${read.status} ${Date.now() - accepted} ms after the acceptance`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The data protection officer's workspace in a real browser against the whole platform: who
 * read a person's file (from the three services' audit trails, with the chains' verdict),
 * exported as CSV, then the person's details erased after a confirmation step.
 */
describe('data protection officer workspace (browser)', () => {
  const platform = platformWithPhone();

  it('lists who read the file, exports it, erases the details and shows them erased', async () => {
    const { id, victimRef } = await identifyChildInMopti();
    const officer = await keycloakToken('officer-mopti');
    await api(officer, 'GET', `/api/intake/v1/identifications/${id}`);
    await caseOf(victimRef); // a prosecutor's read, in the prosecution service's trail
    const wait = await acceptAndRead(id, victimRef);
    console.log(`agency's details readable ${wait} ms after the acceptance (gateway → referral → Kafka → intake; load average ${loadavg()[0].toFixed(1)})`);

    const { page } = await platform.launchPhone();
    await signIn(page, 'dpo');
    await page.goto(`${APP_URL}/privacy`);
    await page.getByLabel('Référence de la personne').fill(victimRef);
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByTestId('audit-row').filter({ hasText: 'Lecture du dossier de la personne' }).filter({ hasText: 'Accordé' }).first().waitFor();
    await page.getByTestId('chain-verdicts').filter({ hasText: /Poursuites : intact/ }).waitFor();
    expect(await page.getByTestId('chain-verdicts').textContent()).not.toMatch(/rompu|non vérifiable/);
    // At 360 px the page never gets wider than the phone: the wide table scrolls inside its own
    // labelled region, which the keyboard can reach and scroll.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const region = page.getByRole('region', { name: 'Journal des accès (défilement horizontal)' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el !== null && el.scrollLeft > 0, await region.elementHandle());
    await region.evaluate((el) => el.scrollTo({ left: 0 }));
    await axe(page);
    await screenshot(page, 'privacy-audit');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF"Date","Service","Compte","Organisation","Action","Base légale","Résultat"');
    expect(csv).toContain('"Lecture du dossier de la personne"');
    expect(csv).not.toMatch(/Essai/);

    // Erasure: nothing happens until the reference is typed again.
    await page.getByRole('button', { name: `Effacer les données personnelles de ${victimRef}` }).click();
    const confirm = page.getByRole('button', { name: 'Effacer définitivement' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel(`Pour confirmer, saisissez la référence ${victimRef}`).fill(victimRef);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await axe(page);
    await screenshot(page, 'privacy-erasure-confirm');
    await confirm.click();
    await page.getByTestId('erasure-done').waitFor();
    await page.getByTestId('audit-row').filter({ hasText: 'Effacement des données personnelles' }).first().waitFor();
    await screenshot(page, 'privacy-erased');

    // The details show as erased to whoever reads the identification.
    const after = await api<{ status: string; erasedAt?: string }>(officer, 'GET', `/api/intake/v1/identifications/${id}`);
    expect(after).toMatchObject({ status: 'personalDataErased', erasedAt: expect.any(String) });
    expect(JSON.stringify(after)).not.toContain('Essai');
  }, 600_000);
});
