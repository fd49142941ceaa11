import { unitDoubles } from '../../test/support/unit-doubles';
import { CaseGrant } from '../domain/grants';
import { AccessGrantRepository } from '../persistence/access-grant.repository';
import { TrackCaseAccess } from './track-case-access';

const caseId = '0193b1e4-6f2a-7c3d-8e4f-0000000000c1';

function setup(stored?: CaseGrant) {
  const d = unitDoubles();
  const grants = { caseForUpdate: jest.fn(async () => stored), saveCase: jest.fn() } as unknown as AccessGrantRepository & { saveCase: jest.Mock };
  return { ...d, grants, useCase: new TrackCaseAccess(d.tx, grants, d.audit) };
}

describe('TrackCaseAccess', () => {
  it('moves the case to the new office on a transfer and audits both offices', async () => {
    const s = setup({ caseId, officeId: 'tgi-mopti', officeAt: '2026-11-21T10:00:00.000Z', victimRefs: ['V-A'] });
    await s.useCase.execute({ caseId, officeId: 'tgi-bamako-c6', victimRefs: ['V-A'], at: '2026-11-23T10:00:00.000Z' }, 'prosecution.case-transferred.v1');
    expect(s.grants.saveCase).toHaveBeenCalledWith({ caseId, officeId: 'tgi-bamako-c6', officeAt: '2026-11-23T10:00:00.000Z', victimRefs: ['V-A'] });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ resourceId: caseId, details: { officeBefore: 'tgi-mopti', officeAfter: 'tgi-bamako-c6' } });
  });

  it('records a merge', async () => {
    const s = setup();
    await s.useCase.execute({ caseId, officeId: 'tgi-mopti', victimRefs: ['V-A'], at: '2026-11-23T10:00:00.000Z', mergedInto: 'c2' }, 'prosecution.case-merged.v1');
    expect(s.grants.saveCase.mock.calls[0][0]).toMatchObject({ mergedInto: 'c2' });
  });
});
