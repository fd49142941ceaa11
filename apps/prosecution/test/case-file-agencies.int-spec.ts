import { newReference, ReferralAccepted, ReferralAcceptedV1, ReferralClosed, uuidv7 } from '@relais/contracts';
import { eventually, request } from '@relais/testing';
import { caseFor, DAY_MS, Harness, identification, prosecutor, startProsecution } from './fixture';

jest.setTimeout(120_000);

/** The case file names the agencies accompanying each victim, as referral's events say (real Kafka and Postgres). */
describe('agencies accompanying the victims, in the case file', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('lists an agency while its referral is accepted and open, and no longer once it is closed', async () => {
    h = await startProsecution();
    const person = identification('mopti', { cercle: undefined });
    const caseId = await caseFor(h, person);
    const token = await prosecutor('parquet-tgi-mopti');
    const victims = async () => (await request(h.url(`/api/v1/cases/${caseId}`), { token })).body.victims as { victimRef: string; accompaniedBy: string[] }[];
    expect(await victims()).toEqual([expect.objectContaining({ victimRef: person.victimRef, accompaniedBy: [] })]);

    const accepted: ReferralAcceptedV1 = {
      referralId: uuidv7(), reference: newReference('R'), victimRef: person.victimRef, identificationId: person.identificationId, agencyId: 'demo-shelter-mopti', need: 'shelter',
      acceptedAt: new Date(Date.now() - DAY_MS).toISOString(),
    };
    await h.publish(ReferralAccepted, accepted);
    await eventually(async () => expect((await victims())[0].accompaniedBy).toEqual(['demo-shelter-mopti']));

    await h.publish(ReferralClosed, { ...accepted, closedAt: new Date().toISOString(), outcome: 'serviceProvided' });
    await eventually(async () => expect((await victims())[0].accompaniedBy).toEqual([]));
  });
});
