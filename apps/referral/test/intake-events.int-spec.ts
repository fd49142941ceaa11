import { CloudEvent, Topics, uuidv7 } from '@relais/contracts';
import { eventually, readEvents, request } from '@relais/testing';
import { DataSource } from 'typeorm';
import { caseworker, consentChange, ConsentChanged, correction, deliver, erasure, escalationsOf, identification, IdentificationCorrected, PersonalDataErased, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

/** What intake's events do to referrals, whatever their order and however often they arrive. */
describe('intake events (real Kafka and Postgres)', () => {
  const t = referralUnderTest();

  const adult = { region: 'bamako' as const, sex: 'female' as const, ageGroup: '24-26' as const, isMinor: false };
  const child = { region: 'mopti' as const, sex: 'male' as const, ageGroup: '9-17' as const, isMinor: true };

  async function eventsFor(identificationId: string, count: number): Promise<CloudEvent<Record<string, unknown>>[]> {
    return eventually(async () => {
      const all = await readEvents<Record<string, unknown>>(t.kafka, t.service.namespace, Topics.ReferralReferrals);
      const mine = all.filter((e) => e.data.identificationId === identificationId);
      expect(mine).toHaveLength(count);
      return mine;
    });
  }

  async function step(referralId: string, agencyId: string, action: string, version: number): Promise<void> {
    const res = await request(`${t.service.url}/api/v1/referrals/${referralId}/${action}`, { token: await caseworker(agencyId), body: { version } });
    expect(res.status).toBe(200);
  }

  it('the same event delivered twice, or the same identification sent again under a new event id, creates nothing new', async () => {
    const data = identification(adult, [need('shelter'), need('legalAid'), need('interpretation')], { languages: ['ha'] });
    const first = await deliver(t.service, t.kafka, VictimIdentified, data);
    await deliver(t.service, t.kafka, VictimIdentified, data, { id: first.id });
    await deliver(t.service, t.kafka, VictimIdentified, data, { id: uuidv7() });
    const referrals = await referralsOf(t.service, data.identificationId);
    expect(referrals.map((r) => `${r.need}:${r.agency_id}`).sort()).toEqual(['legalAid:demo-legal-aid-national', 'shelter:demo-shelter-bamako-women']);
    expect((await escalationsOf(t.service, data.identificationId)).map((e) => e.need)).toEqual(['interpretation']);
    const inbox: unknown[] = await t.service.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [first.id]);
    expect(inbox).toHaveLength(1);
    expect(await eventsFor(data.identificationId, 3)).toHaveLength(3);
  });

  it('a person identified again is not sent a second agency for a need one already works on', async () => {
    const first = identification(adult, [need('shelter')]);
    await deliver(t.service, t.kafka, VictimIdentified, first);
    const again = identification(adult, [need('shelter'), need('legalAid')], { victimRef: first.victimRef });
    await deliver(t.service, t.kafka, VictimIdentified, again);
    expect((await referralsOf(t.service, again.identificationId)).map((r) => r.need)).toEqual(['legalAid']);
    const victim = await request(`${t.service.url}/api/v1/victims/${first.victimRef}/referrals`, { token: await caseworker('demo-shelter-bamako-women') });
    expect(victim.body.map((r: { identificationId: string }) => r.identificationId)).toEqual([first.identificationId]);
  });

  it('a correction that adds needs adds referrals, and leaves the existing ones alone', async () => {
    const data = identification(adult, [need('shelter')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const [shelter] = await referralsOf(t.service, data.identificationId);
    await deliver(t.service, t.kafka, IdentificationCorrected, correction(data, { needs: [need('shelter'), need('legalAid'), need('psychosocial')] }));
    const after = await referralsOf(t.service, data.identificationId);
    expect(after.map((r) => `${r.need}:${r.agency_id}`).sort()).toEqual([
      'legalAid:demo-legal-aid-national',
      'psychosocial:demo-psychosocial-bamako',
      'shelter:demo-shelter-bamako-women',
    ]);
    expect(after.find((r) => r.need === 'shelter')).toMatchObject({ id: shelter.id, version: 1, status: 'pending' });
    // An older correction arriving late does not undo the newer one.
    await deliver(t.service, t.kafka, IdentificationCorrected, correction(data, { correctedAt: data.identifiedAt, needs: [] }));
    expect(await referralsOf(t.service, data.identificationId)).toHaveLength(3);
  });

  it('a consent withdrawal closes an adult\'s open referrals (beds given back) but keeps urgent medical care; consent given again routes again', async () => {
    const data = identification({ ...adult, region: 'mopti' }, [need('shelter'), need('legalAid'), need('medical', { urgent: true })]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const shelter = (await referralsOf(t.service, data.identificationId)).find((r) => r.need === 'shelter')!;
    await step(shelter.id, shelter.agency_id, 'acknowledge', 1);
    await step(shelter.id, shelter.agency_id, 'accept', 2);
    const bedsOf = async () => (await request(`${t.service.url}/api/v1/agencies/demo-shelter-mopti`, { token: await caseworker('x') })).body.capacity.available;
    const bedsTaken = await bedsOf();

    await deliver(t.service, t.kafka, ConsentChanged, consentChange(data, { referral: false, withdrawn: true }));
    const after = await referralsOf(t.service, data.identificationId);
    expect(after.map((r) => [r.need, r.status, r.outcome]).sort()).toEqual([
      ['legalAid', 'closed', 'consentWithdrawn'],
      ['medical', 'pending', null],
      ['shelter', 'closed', 'consentWithdrawn'],
    ]);
    expect(await bedsOf()).toBe(bedsTaken + 1);
    const closed = (await eventsFor(data.identificationId, 7)).filter((e) => e.type === 'referral.closed.v1');
    expect(closed.map((e) => e.data.outcome)).toEqual(['consentWithdrawn', 'consentWithdrawn']);

    // Redelivered withdrawal: nothing more happens.
    await deliver(t.service, t.kafka, ConsentChanged, consentChange(data, { referral: false, withdrawn: true }));
    expect(await referralsOf(t.service, data.identificationId)).toHaveLength(3);

    // Consent given again: the needs are routed again, to agencies not tried yet (or the coordinator).
    await deliver(t.service, t.kafka, ConsentChanged, consentChange(data, { referral: true, withdrawn: false }));
    const again = await referralsOf(t.service, data.identificationId);
    expect(again.filter((r) => r.status === 'pending').map((r) => r.need).sort()).toEqual(['medical']);
    expect((await escalationsOf(t.service, data.identificationId)).map((e) => `${e.cause}:${e.need}`).sort()).toEqual([
      'noCandidate:legalAid',
      'noCandidate:shelter',
    ]);
  });

  it('a withdrawal keeps a child\'s child-protection referral and closes the rest', async () => {
    const data = identification(child, [need('shelter'), need('familyTracing')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    expect((await referralsOf(t.service, data.identificationId)).map((r) => r.need).sort()).toEqual(['childProtection', 'familyTracing', 'shelter']);
    await deliver(t.service, t.kafka, ConsentChanged, consentChange(data, { referral: false, withdrawn: true, givenBy: 'guardian' }));
    const after = await referralsOf(t.service, data.identificationId);
    expect(after.map((r) => [r.need, r.status, r.outcome]).sort()).toEqual([
      ['childProtection', 'pending', null],
      ['familyTracing', 'closed', 'consentWithdrawn'],
      ['shelter', 'closed', 'consentWithdrawn'],
    ]);
  });

  it('an erasure closes every open referral, wipes caseworkers\' notes, and nothing is routed for the person afterwards', async () => {
    const data = identification(child, [need('shelter'), need('medical', { urgent: true })]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const referrals = await referralsOf(t.service, data.identificationId);
    const shelter = referrals.find((r) => r.need === 'shelter')!;
    const declined = await request(`${t.service.url}/api/v1/referrals/${shelter.id}/decline`, {
      token: await caseworker(shelter.agency_id),
      body: { version: 1, reason: 'other', note: 'Le père de Moussa est passé au centre' },
    });
    expect(declined.status).toBe(200);

    await deliver(t.service, t.kafka, PersonalDataErased, erasure(data));
    const after = await referralsOf(t.service, data.identificationId);
    expect(after.filter((r) => r.status !== 'declined').every((r) => r.status === 'closed' && r.outcome === 'personalDataErased')).toBe(true);
    const notes: { decline_note: string | null }[] = await t.service.app
      .get(DataSource)
      .query('SELECT decline_note FROM referrals WHERE identification_id = $1', [data.identificationId]);
    expect(notes.every((n) => n.decline_note === null)).toBe(true);

    // A late correction or a redelivered identification routes nothing for an erased person.
    await deliver(t.service, t.kafka, IdentificationCorrected, correction(data, { needs: [need('legalAid')] }));
    await deliver(t.service, t.kafka, VictimIdentified, data, { id: uuidv7() });
    expect(await referralsOf(t.service, data.identificationId)).toHaveLength(after.length);
  });

  it('converges whatever the order: a withdrawal or an erasure heard before the identification routes nothing it forbids', async () => {
    const withdrawnFirst = identification(adult, [need('shelter'), need('medical', { urgent: true })]);
    const later = new Date(Date.parse(withdrawnFirst.identifiedAt) + 60_000);
    await deliver(t.service, t.kafka, ConsentChanged, consentChange(withdrawnFirst, { referral: false, withdrawn: true }, later));
    await deliver(t.service, t.kafka, VictimIdentified, withdrawnFirst);
    expect((await referralsOf(t.service, withdrawnFirst.identificationId)).map((r) => r.need)).toEqual(['medical']);

    const erasedFirst = identification(child, [need('shelter')]);
    await deliver(t.service, t.kafka, PersonalDataErased, erasure(erasedFirst));
    await deliver(t.service, t.kafka, VictimIdentified, erasedFirst);
    expect(await referralsOf(t.service, erasedFirst.identificationId)).toEqual([]);
    expect(await escalationsOf(t.service, erasedFirst.identificationId)).toEqual([]);

    const correctedFirst = identification(adult, [need('shelter')]);
    await deliver(t.service, t.kafka, IdentificationCorrected, correction(correctedFirst, {
      correctedAt: new Date(Date.parse(correctedFirst.identifiedAt) + 60_000).toISOString(),
      region: 'kayes',
    }));
    await deliver(t.service, t.kafka, VictimIdentified, correctedFirst);
    expect((await referralsOf(t.service, correctedFirst.identificationId)).map((r) => r.agency_id)).toEqual(['demo-shelter-kayes']);
  });

  it('records what it learns without personal data and audits each change', async () => {
    const data = identification(adult, [need('legalAid')]);
    await deliver(t.service, t.kafka, VictimIdentified, data);
    const db = t.service.app.get(DataSource);
    const [row] = await db.query('SELECT * FROM identifications WHERE identification_id = $1', [data.identificationId]);
    expect(Object.keys(row).sort()).toEqual([
      'age_group', 'consent', 'consent_at', 'created_at', 'erased_at', 'facts_at', 'identification_id', 'identified_at', 'is_minor',
      'languages', 'needs', 'region', 'sex', 'unit_id', 'updated_at', 'victim_ref',
    ]);
    const audit: { action: string; actor: string }[] = await db.query(
      `SELECT action, actor FROM audit_log
        WHERE resource_id = $1::text OR resource_id IN (SELECT id::text FROM referrals WHERE identification_id = $1::uuid) ORDER BY id`,
      [data.identificationId],
    );
    expect(audit).toEqual([
      { action: 'referral.create', actor: 'system:referral' },
      { action: 'identification.record', actor: 'system:referral' },
    ]);
  });
});
