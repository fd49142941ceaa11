/**
 * npm run demo (with the platform running, `npm start`): a small realistic scenario, driven over
 * the public HTTP API only, printing what each party sees at each step.
 *
 *  1. Three talibé children found begging in Mopti (forced begging, Law 2012-023 art. 3).
 *  2. Two women exploited at an artisanal gold-mining site in Kayes; one declines to be referred.
 *  3. A young man held in debt bondage on a farm near Sikasso.
 *
 * Agencies acknowledge, accept and decline; the prosecutor of Mopti charges a defendant, schedules
 * a hearing and records the judgment; the coordinator reads escalations; statistics update.
 * Against other ports: RELAIS_INTAKE_URL, RELAIS_REFERRAL_URL, … (default 127.0.0.1:3001…3005).
 */
import 'reflect-metadata';
import { Principal, TokenIssuer } from '@relais/auth';
import { SERVICE_PORTS, ServiceName, uuidv7 } from '@relais/contracts';

const base = (s: ServiceName) => process.env[`RELAIS_${s.toUpperCase()}_URL`] ?? `http://127.0.0.1:${SERVICE_PORTS[s]}`;
const issuer = new TokenIssuer();
const tokens = new Map<string, Promise<string>>();
const token = (p: Principal) => {
  const key = JSON.stringify(p);
  const existing = tokens.get(key);
  if (existing) return existing;
  const issued = issuer.issueToken(p);
  tokens.set(key, issued);
  return issued;
};

const officerMopti: Principal = { sub: 'demo-officer-mopti', roles: ['police_officer'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police' };
const gendarmeKayes: Principal = { sub: 'demo-gendarme-kayes', roles: ['police_officer'], unitId: 'gendarmerie-kayes-1', region: 'kayes', institution: 'gendarmerie' };
const officerSikasso: Principal = { sub: 'demo-officer-sikasso', roles: ['police_officer'], unitId: 'police-sikasso-2', region: 'sikasso', institution: 'police' };
const coordinator: Principal = { sub: 'demo-coordinator', roles: ['coordinator'] };
const statistician: Principal = { sub: 'demo-statistician', roles: ['statistician'] };
const prosecutorMopti: Principal = { sub: 'demo-prosecutor-mopti', roles: ['prosecutor'], jurisdiction: 'parquet-tgi-mopti' };
const caseworker = (agencyId: string): Principal => ({ sub: `demo-caseworker-${agencyId}`, roles: ['agency_caseworker'], agencyId });

async function call<T = any>(service: ServiceName, path: string, who: Principal, body?: unknown, method?: string): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${base(service)}${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${await token(who)}`, 'accept-language': 'fr', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method ?? (body === undefined ? 'GET' : 'POST')} ${service}${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Events take a moment to travel: ask again until the answer is there. */
async function until<T>(what: string, ask: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask().catch(() => undefined);
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const say = (text = '') => console.log(text);
const step = (n: number, title: string) => say(`\n━━ ${n}. ${title}`);
const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

function identification(over: Record<string, unknown>): Record<string, unknown> {
  return {
    id: uuidv7(),
    identifiedAt: ago(2),
    indicators: ['abuseOfVulnerability'],
    assessment: 'PossibleVictimOfTrafficking',
    consent: { referral: true, dataSharing: false, givenBy: 'victim', recordedAt: ago(1) },
    ...over,
  };
}

interface Referral {
  id: string;
  reference: string;
  agencyId: string;
  need: string;
  status: string;
  version: number;
}

async function referralsOf(victimRef: string, count: number): Promise<Referral[]> {
  return until(`${count} referral(s) for ${victimRef}`, async () => {
    const list = await call<Referral[]>('referral', `/api/v1/victims/${victimRef}/referrals`, coordinator);
    return list.length >= count ? list : undefined;
  });
}

function showReferrals(list: Referral[]): void {
  for (const r of list) say(`     ${r.reference}  ${r.need.padEnd(16)} → ${r.agencyId.padEnd(28)} ${r.status}`);
}

async function showInbox(label: string, who: Principal): Promise<void> {
  const page = await call<{ items: { title: string; body: string; read: boolean }[]; unreadCount: number }>('notifications', '/api/v1/notifications?limit=5', who);
  say(`   ${label}: ${page.unreadCount} unread`);
  for (const n of page.items.slice(0, 3)) say(`     « ${n.body.replace(/\s+/g, ' ').slice(0, 150)} »`);
}

async function main(): Promise<void> {
  say('Relais demo — everything below goes through the public HTTP API.');

  step(1, 'Mopti: three talibé children found begging at the gare routière (police)');
  const children = [
    { givenNames: 'Boubacar', familyName: 'Sangaré', estimatedAge: 9 },
    { givenNames: 'Hamidou', familyName: 'Cissé', estimatedAge: 11 },
    { givenNames: 'Seydou', familyName: 'Kouyaté', estimatedAge: 12 },
  ];
  const childRefs: { id: string; victimRef: string }[] = [];
  for (const child of children) {
    const answer = await call('intake', '/api/v1/identifications', officerMopti, identification({
      place: { region: 'mopti', cercle: 'Mopti', locality: 'Gare routière' },
      person: { ...child, sex: 'male', nationalities: ['ML'], languages: ['bm'] },
      exploitation: { forms: ['ForcedBegging'], methodsOfControl: ['PhysicalAbuse', 'TakesEarnings'], relationshipToTrafficker: 'Acquainted' },
      indicators: ['abuseOfVulnerability', 'physicalAndSexualViolence', 'withholdingOfWages'],
      needs: [{ need: 'basicNeeds', urgent: true }, { need: 'education' }],
      consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: ago(1) },
    }));
    childRefs.push({ id: answer.id, victimRef: answer.victimRef });
    say(`   recorded ${answer.victimRef} (the officer's answer carries no name: ${JSON.stringify(answer)})`);
  }

  step(2, 'Kayes: two women from an artisanal gold-mining site (gendarmerie); one declines referral');
  const women: { id: string; victimRef: string }[] = [];
  for (const [i, consent] of [true, false].entries()) {
    const answer = await call('intake', '/api/v1/identifications', gendarmeKayes, identification({
      place: { region: 'kayes', cercle: 'Kéniéba' },
      person: { givenNames: ['Fatoumata', 'Mariam'][i], familyName: ['Keïta', 'Dembélé'][i], sex: 'female', estimatedAge: [24, 31][i], nationalities: [['ML'], ['BF']][i] },
      exploitation: { forms: ['ForcedLabour'], forcedLabourSector: 'B_MiningAndQuarrying', methodsOfControl: ['DebtBondage', 'WithholdsDocuments'] },
      indicators: ['debtBondage', 'retentionOfIdentityDocuments', 'abusiveWorkingAndLivingConditions'],
      needs: [{ need: 'shelter', urgent: true }, { need: 'medical' }, { need: 'legalAid' }],
      consent: { referral: consent, dataSharing: false, givenBy: 'victim', recordedAt: ago(1) },
    }));
    women.push(answer);
    say(`   recorded ${answer.victimRef}${consent ? '' : ' — she declines to be referred: her needs stay with the police'}`);
  }

  step(3, 'Sikasso: a young man held in debt bondage on a cotton farm (police)');
  const man = await call('intake', '/api/v1/identifications', officerSikasso, identification({
    place: { region: 'sikasso' },
    person: { givenNames: 'Adama', familyName: 'Traoré', sex: 'male', estimatedAge: 19, nationalities: ['ML'] },
    exploitation: { forms: ['ForcedLabour'], forcedLabourSector: 'A_AgricultureForestryAndFishing', methodsOfControl: ['DebtBondage', 'RestrictsMovement'] },
    indicators: ['debtBondage', 'restrictionOfMovement', 'excessiveOvertime'],
    needs: [{ need: 'psychosocial' }, { need: 'livelihood' }, { need: 'legalAid' }],
  }));
  say(`   recorded ${man.victimRef}`);

  step(4, 'Referral: each need routed to an agency (children always to child protection)');
  const childReferrals = [];
  for (const child of childRefs) {
    const list = await referralsOf(child.victimRef, 2);
    say(`   ${child.victimRef}:`);
    showReferrals(list);
    childReferrals.push(list);
  }
  const consenting = await referralsOf(women[0].victimRef, 3);
  say(`   ${women[0].victimRef}:`);
  showReferrals(consenting);
  const declining = await call<Referral[]>('referral', `/api/v1/victims/${women[1].victimRef}/referrals`, coordinator).catch(() => []);
  say(`   ${women[1].victimRef}: ${declining.length} referral(s) — no consent, no referral (the coordinator gets 404: nothing to see)`);
  const manReferrals = await referralsOf(man.victimRef, 1);
  say(`   ${man.victimRef}:`);
  showReferrals(manReferrals);

  step(5, "Child protection in Mopti: the inbox, then acknowledge and accept the first child's referral");
  await showInbox('demo-cp-mopti inbox', caseworker('demo-cp-mopti'));
  const cp = childReferrals[0].find((r) => r.agencyId === 'demo-cp-mopti') ?? childReferrals[0][0];
  const acknowledged = await call<Referral>('referral', `/api/v1/referrals/${cp.id}/acknowledge`, caseworker(cp.agencyId), { version: cp.version });
  const accepted = await call<Referral>('referral', `/api/v1/referrals/${cp.id}/accept`, caseworker(cp.agencyId), { version: acknowledged.version });
  say(`   ${accepted.reference}: ${accepted.status} (version ${accepted.version})`);
  const details = await until('access to the child’s details', () =>
    call('intake', `/api/v1/identifications/${childRefs[0].id}`, caseworker(cp.agencyId)).catch(() => undefined),
  );
  say(`   the accepting agency may now read the child's details (audited): ${details.person.givenNames} ${details.person.familyName}`);
  const other = await fetch(`${base('intake')}/api/v1/identifications/${childRefs[0].id}`, { headers: { authorization: `Bearer ${await token(caseworker('demo-shelter-kayes'))}` } });
  say(`   any other agency gets ${other.status}`);

  step(6, 'Kayes shelter: no bed tonight — it declines, and the need is re-routed at once');
  const shelter = consenting.find((r) => r.need === 'shelter');
  if (shelter) {
    const declined = await call<Referral>('referral', `/api/v1/referrals/${shelter.id}/decline`, caseworker(shelter.agencyId), { version: shelter.version, reason: 'noCapacity' });
    say(`   ${declined.reference}: ${declined.status} (reason noCapacity)`);
    const after = await until('the re-routed shelter referral', async () => {
      const list = await call<Referral[]>('referral', `/api/v1/victims/${women[0].victimRef}/referrals`, coordinator);
      return list.filter((r) => r.need === 'shelter').length > 1 ? list : undefined;
    }).catch(() => undefined);
    if (after) showReferrals(after.filter((r) => r.need === 'shelter'));
    const escalations = await call<{ items?: unknown[] } | unknown[]>('referral', '/api/v1/escalations', coordinator);
    const items = Array.isArray(escalations) ? escalations : (escalations.items ?? []);
    say(`   the coordinator's work list holds ${items.length} escalation(s)`);
  }
  await showInbox('coordinator inbox', coordinator);

  step(7, 'Prosecution: the parquet of the TGI of Mopti sees the cases of the three children');
  const cases = await until('the Mopti cases', async () => {
    const page = await call<{ items: { id: string; reference: string; stage: string; victimRefs: string[]; version: number }[] }>('prosecution', '/api/v1/cases?limit=50', prosecutorMopti);
    const ours = page.items.filter((c) => c.victimRefs.some((v) => childRefs.some((ch) => ch.victimRef === v)));
    return ours.length >= 3 ? ours : undefined;
  });
  for (const c of cases) say(`     ${c.reference}  stage ${c.stage}  victims ${c.victimRefs.join(', ')}`);
  let theCase = cases.find((c) => c.victimRefs.includes(childRefs[0].victimRef)) ?? cases[0];
  const defendant = await call('prosecution', `/api/v1/cases/${theCase.id}/defendants`, prosecutorMopti, {
    identity: { givenNames: 'Mamadou', familyName: 'Diallo' },
    sex: 'male',
    nationality: 'ML',
    role: 'Exploiter',
    custody: 'pretrialDetention',
  });
  say(`   a defendant is recorded (identity sealed in the vault; the event says only: male, ML, Exploiter)`);
  await call('prosecution', `/api/v1/cases/${theCase.id}/defendants/${defendant.id}/charges`, prosecutorMopti, { offences: ['organisedExploitationOfBegging', 'traffickingOtherPurposes'] });
  theCase = await call('prosecution', `/api/v1/cases/${theCase.id}`, prosecutorMopti);
  for (const to of ['preliminaryInvestigation', 'committedForTrial', 'trial']) {
    theCase = await call('prosecution', `/api/v1/cases/${theCase.id}/transitions`, prosecutorMopti, {
      to,
      at: new Date().toISOString(),
      decisionRef: `PV-${to}`,
      version: theCase.version,
    });
    say(`   stage → ${theCase.stage}`);
  }
  await call('prosecution', `/api/v1/cases/${theCase.id}/hearings`, prosecutorMopti, { at: new Date(Date.now() + 7 * 86400_000).toISOString(), kind: 'trial', court: 'Tribunal de grande instance de Mopti' });
  say('   a trial hearing is scheduled in a week: the accompanying child-protection caseworker is told');
  await until('the hearing notice', async () => {
    const page = await call<{ items: { eventType: string }[] }>('notifications', '/api/v1/notifications?limit=20', caseworker(cp.agencyId));
    return page.items.some((n) => n.eventType === 'prosecution.hearing-scheduled.v1') ? true : undefined;
  });
  await showInbox('demo-cp-mopti inbox', caseworker(cp.agencyId));
  await call('prosecution', `/api/v1/cases/${theCase.id}/judgments`, prosecutorMopti, {
    instance: 'first',
    renderedAt: new Date().toISOString(),
    verdicts: [{ defendantId: defendant.id, outcome: 'convicted', sentenceMonths: 84, fineFcfa: 1_000_000, compensationFcfa: 500_000 }],
  });
  say('   judgment: convicted, 84 months, 1,000,000 FCFA fine, 500,000 FCFA to the victim');

  step(8, 'Statistics (exact counts for the statistician; "<5" on the public mirror)');
  const victims = await until('the statistics', async () => {
    const answer = await call<{ rows: { region: string; sex: string; minor: boolean; count: number }[] }>('statistics', '/api/v1/statistics/victims?groupBy=region,sex,minor', statistician);
    return answer.rows.reduce((n, r) => n + r.count, 0) >= 6 ? answer : undefined;
  });
  for (const r of victims.rows) say(`     ${r.region.padEnd(10)} ${r.sex.padEnd(7)} ${r.minor ? 'child' : 'adult'}  ${r.count}`);
  const pub = (await fetch(`${base('statistics')}/api/v1/public/statistics/victims?groupBy=region`).then((r) => r.json())) as { rows: unknown[] };
  say(`   public mirror: ${JSON.stringify(pub.rows)}`);
  const prosecutions = await until('the judgment in the statistics', async () => {
    const answer = await call<{ rows: Record<string, unknown>[] }>('statistics', '/api/v1/statistics/prosecutions', statistician);
    return JSON.stringify(answer.rows).includes('convicted') ? answer : undefined;
  }).catch(() => undefined);
  if (prosecutions) say(`   prosecutions: ${JSON.stringify(prosecutions.rows).slice(0, 300)}`);

  say('\nDone. Every step above was an HTTP call a real user of that role could make.');
}

main().catch((error) => {
  console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : error}`);
  console.error('Is the platform running (npm start)?');
  process.exit(1);
});
