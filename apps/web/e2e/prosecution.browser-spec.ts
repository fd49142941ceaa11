import { APP_URL, axe, BrowserPlatform, launchBrowser, Phone, screenshot, signIn, startBrowserPlatform } from './harness';
import { keycloakToken } from './officer-steps';
import { api, caseOf, identifyChildInMopti } from './role-steps';

/**
 * The prosecutor's workspace in a real browser against the whole platform: the case an officer's
 * identification opened at the Mopti office is on the board, is moved to preliminary
 * investigation from the case file, a refusal of the procedure is shown in words, and a hearing
 * is scheduled. On a 360 px screen, by keyboard where it matters.
 */
describe('prosecutor workspace (browser)', () => {
  let platform: BrowserPlatform;
  let phone: Phone | undefined;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  }, 1_800_000); // the wait for another run's turn (up to 20 min) counts here

  afterAll(async () => {
    await phone?.close();
    await platform?.stop();
  }, 120_000);

  it('moves a case to preliminary investigation and schedules a hearing', async () => {
    const { victimRef } = await identifyChildInMopti();
    const opened = await caseOf(victimRef);

    phone = await launchBrowser();
    const { page } = phone;
    await signIn(page, 'prosecutor-mopti');
    await page.goto(`${APP_URL}/prosecution/cases`);
    const link = page.getByRole('link', { name: `Ouvrir le dossier ${opened.reference}` });
    await link.waitFor();
    await page.getByTestId('stage-reportReceived').filter({ hasText: /\(1\)/ }).waitFor();
    await axe(page);
    await screenshot(page, 'prosecution-board');

    // Keyboard: the case opens from its link with Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${APP_URL}/prosecution/cases/${opened.id}`);
    await page.getByRole('heading', { name: `Dossier ${opened.reference}` }).waitFor();
    expect(await page.getByTestId('victims').textContent()).toContain(victimRef);
    await axe(page);
    await screenshot(page, 'prosecution-case');

    // The procedure refuses a decision dated before the report: the service's reason, in French.
    await page.getByLabel('Nouvelle étape').selectOption({ label: 'Enquête préliminaire' });
    await page.getByLabel('Date de la décision').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const words = (await refusal.textContent()) ?? '';
    expect(words).toMatch(/[a-zé]{4,} .* [a-zé]{4,}/i);
    expect(words).not.toContain('HTTP');
    await screenshot(page, 'prosecution-case-refusal');

    // Dated now, the decision is recorded.
    const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Date de la décision').fill(now);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByTestId('case-stage').filter({ hasText: 'Enquête préliminaire' }).waitFor();

    await page.getByLabel('Date et heure').fill('2027-01-15T09:00');
    await page.getByLabel('Type d’audience').selectOption({ label: 'Audience préliminaire' });
    await page.getByRole('button', { name: 'Programmer l’audience' }).click();
    await page.getByTestId('hearings').filter({ hasText: 'Audience préliminaire' }).waitFor();
    await axe(page);
    await screenshot(page, 'prosecution-case-hearing');

    // A defendant, charged under Law 2012-023 (ICCS code from the service); the identity only on the audited reveal.
    await page.getByLabel('Surnoms').fill('Essai Le Grand');
    await page.getByRole('button', { name: 'Ajouter le mis en cause' }).click();
    const defendant = page.getByTestId('defendant');
    await defendant.waitFor();
    expect(await defendant.textContent()).not.toContain('Essai');
    await defendant.getByRole('checkbox', { name: 'Traite à des fins de travail forcé' }).check();
    await defendant.getByRole('button', { name: 'Enregistrer les chefs d’inculpation' }).click();
    await defendant.filter({ hasText: /Loi 2012-023.*ICCS \d+/ }).waitFor();
    await defendant.getByRole('button', { name: /Voir l’identité du mis en cause n° 1/ }).click();
    await defendant.getByTestId('defendant-identity').filter({ hasText: 'Essai Le Grand' }).waitFor();
    await axe(page);
    await screenshot(page, 'prosecution-case-defendant');

    // What the service holds, read back with the prosecutor's own token.
    const token = await keycloakToken('prosecutor-mopti');
    const file = await api<{ stage: string; hearings: { at: string; kind: string }[]; defendants: { charges: { offence: string; iccs: string }[] }[] }>(token, 'GET', `/api/prosecution/v1/cases/${opened.id}`);
    expect(file.stage).toBe('preliminaryInvestigation');
    expect(file.hearings).toEqual([expect.objectContaining({ kind: 'preliminary', at: new Date('2027-01-15T09:00').toISOString() })]);
    expect(file.defendants).toEqual([expect.objectContaining({ charges: [expect.objectContaining({ offence: 'traffickingForcedLabour', iccs: expect.stringMatching(/^\d+$/) })] })]);
  }, 600_000);
});
