import { buildEvent, CaseOpened, EventDefinition, HearingScheduled, PersonalDataErased, ReferralAccepted, ReferralClosed } from '@relais/contracts';
import * as s from '../../test/support/samples';
import { Holding } from '../domain/accompaniment';
import { AccompanimentRepository, StoredNotice } from '../persistence/accompaniment.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';
import { TrackAccompaniment } from './track-accompaniment';

const event = <T extends object>(definition: EventDefinition<T>, data: T) => buildEvent(definition, data, { correlationId: 'c', time: new Date('2027-03-10T10:00:00Z') });
const hearingNotice = (eventId: string, hearingAt: string): StoredNotice => ({
  eventId,
  eventType: 'prosecution.hearing-scheduled.v1',
  caseId: 'case-1',
  notice: { kind: 'hearing', occurredAt: new Date('2027-03-01T00:00:00Z'), hearingAt: new Date(hearingAt) },
});

function setup(overrides: Partial<Record<keyof AccompanimentRepository, jest.Mock>> = {}) {
  const calls: string[] = [];
  const record = (name: string, value: unknown = undefined) => jest.fn(async () => (calls.push(name), value));
  const projection = {
    recordAcceptance: record('recordAcceptance'),
    recordClosure: record('recordClosure'),
    linkVictims: record('linkVictims', []),
    recordNotice: record('recordNotice'),
    holdingsForCase: record('holdingsForCase', []),
    holdingsForVictims: record('holdingsForVictims', []),
    noticesForCases: record('noticesForCases', []),
    casesOfVictim: record('casesOfVictim', ['case-1']),
    erase: record('erase'),
    ...overrides,
  } as unknown as AccompanimentRepository;
  const events = { store: jest.fn(async () => (calls.push('store'), undefined)) } as unknown as NotifiedEventRepository;
  return { track: new TrackAccompaniment(projection, events), projection, calls };
}

describe('TrackAccompaniment', () => {
  it('on an acceptance, reaches back to the hearings still ahead of the agency', async () => {
    const holding: Holding = { agencyId: 'agency-a', acceptedAt: new Date('2027-03-10T15:00:00Z'), closedAt: null };
    const { track } = setup({
      recordAcceptance: jest.fn(async () => holding),
      noticesForCases: jest.fn(async () => [hearingNotice('past', '2027-03-05T09:00:00Z'), hearingNotice('ahead', '2027-04-15T09:00:00Z')]),
    });
    const outcome = await track.execute(event(ReferralAccepted, s.accepted(s.referralFacts({ agencyId: 'agency-a' }))));
    expect(outcome).toEqual({ accompanyingAgencies: [], late: [{ event: { id: 'ahead', type: 'prosecution.hearing-scheduled.v1' }, agencyIds: ['agency-a'] }] });
  });

  it('does nothing more for an acceptance it already knew', async () => {
    const { track, projection } = setup();
    expect(await track.execute(event(ReferralAccepted, s.accepted()))).toEqual({ accompanyingAgencies: [], late: [] });
    expect(projection.noticesForCases).not.toHaveBeenCalled();
  });

  it('on a hearing, links its victims, stores it before recording the notice, and names the accompanying agencies', async () => {
    const holdings: Holding[] = [
      { agencyId: 'b', acceptedAt: new Date('2027-03-01T00:00:00Z'), closedAt: null },
      { agencyId: 'a', acceptedAt: new Date('2027-03-01T00:00:00Z'), closedAt: new Date('2027-03-02T00:00:00Z') },
    ];
    const { track, calls } = setup({ holdingsForCase: jest.fn(async () => holdings) });
    const outcome = await track.execute(event(HearingScheduled, s.hearing()));
    expect(outcome.accompanyingAgencies).toEqual(['b']);
    expect(calls.indexOf('store')).toBeLessThan(calls.indexOf('recordNotice'));
  });

  it('on a case event linking a new victim, sends the case notices to that victim’s agencies', async () => {
    const { track } = setup({
      linkVictims: jest.fn(async () => ['V-NEW']),
      noticesForCases: jest.fn(async () => [hearingNotice('h1', '2027-04-15T09:00:00Z')]),
      holdingsForVictims: jest.fn(async () => [{ agencyId: 'c', acceptedAt: new Date('2027-03-01T00:00:00Z'), closedAt: null }]),
    });
    const outcome = await track.execute(event(CaseOpened, s.caseOpened()));
    expect(outcome.late).toEqual([{ event: { id: 'h1', type: 'prosecution.hearing-scheduled.v1' }, agencyIds: ['c'] }]);
  });

  it('records closures and erasures', async () => {
    const { track, projection } = setup();
    const f = s.referralFacts();
    await track.execute(event(ReferralClosed, s.closed(f)));
    await track.execute(event(PersonalDataErased, s.erased(f.victimRef)));
    expect(projection.recordClosure).toHaveBeenCalledWith(f.referralId, f.victimRef, f.agencyId, expect.any(String));
    expect(projection.erase).toHaveBeenCalledWith(f.victimRef, expect.any(String));
  });
});
