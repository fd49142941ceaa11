import {
  buildEvent, CaseMerged, CaseOpened, EventDefinition, HearingScheduled, JudgmentRendered, PersonalDataErased, ReferralAccepted, ReferralClosed,
  ReferralCreated, VictimLinked,
} from '@relais/contracts';
import * as s from '../../test/support/samples';
import { Holding } from '../domain/accompaniment';
import { AccompanimentRepository, StoredNotice } from '../persistence/accompaniment.repository';
import { NotifiedEventRepository } from '../persistence/notified-event.repository';
import { accompanimentLocks, TrackAccompaniment } from './track-accompaniment';

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

describe('accompanimentLocks: the keys each event holds before TrackAccompaniment reads anything', () => {
  const c = s.caseFacts({ victimRefs: ['V-1', 'V-2'] });
  const f = s.referralFacts({ victimRef: 'V-9' });

  it.each([
    ['an acceptance: its victim', event(ReferralAccepted, s.accepted(f)), { cases: [], victims: ['V-9'] }],
    ['a closure: its victim', event(ReferralClosed, s.closed(f)), { cases: [], victims: ['V-9'] }],
    ['an erasure: the person', event(PersonalDataErased, s.erased('V-9')), { cases: [], victims: ['V-9'] }],
    ['a case opened: the case and its victims', event(CaseOpened, s.caseOpened(c)), { cases: [c.caseId], victims: ['V-1', 'V-2'] }],
    ['a victim linked: the case, its victims and the new one', event(VictimLinked, s.victimLinked(c, 'V-3')), { cases: [c.caseId], victims: ['V-1', 'V-2', 'V-3', 'V-3'] }],
    ['a merge: both cases and the victims moved', event(CaseMerged, s.merged(c, 'into')), { cases: [c.caseId, 'into'], victims: ['V-1', 'V-2'] }],
    ['a hearing: its case, then every victim of the case', event(HearingScheduled, s.hearing(c)), { cases: [c.caseId], victims: ['V-1', 'V-2'], allVictimsOfCase: c.caseId }],
    ['a judgment: its case, then every victim of the case', event(JudgmentRendered, s.judgment(c)), { cases: [c.caseId], victims: ['V-1', 'V-2'], allVictimsOfCase: c.caseId }],
  ])('%s', (_, e, keys) => {
    expect(accompanimentLocks(e)).toEqual(keys);
  });

  it('nothing for an event that touches no row of the projection', () => {
    expect(accompanimentLocks(event(ReferralCreated, s.created(f)))).toBeUndefined();
  });
});
