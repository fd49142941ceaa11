import { Principal } from '@relais/auth';
import { inboxesOf, mayManageChannels } from './inboxes';

const user = (roles: Principal['roles'], claims: Partial<Principal> = {}): Principal => ({ sub: 'u1', roles, ...claims });

describe('inboxesOf', () => {
  it.each([
    ['a caseworker reads their agency', user(['agency_caseworker'], { agencyId: 'a1' }), ['agency:a1']],
    ['an agency administrator reads their agency', user(['agency_admin'], { agencyId: 'a1' }), ['agency:a1']],
    ['a prosecutor reads their office', user(['prosecutor'], { jurisdiction: 'tgi-mopti' }), ['office:tgi-mopti']],
    ['the coordinator reads the coordinator inbox', user(['coordinator']), ['coordinator:coordinator']],
    ['a caseworker without agencyId reads nothing', user(['agency_caseworker']), []],
    ['a prosecutor without jurisdiction reads nothing', user(['prosecutor'], { agencyId: 'a1' }), []],
    ['a police officer has no inbox here', user(['police_officer'], { agencyId: 'a1', unitId: 'u' }), []],
    ['a system administrator has no inbox', user(['system_admin']), []],
    ['several roles read several inboxes', user(['agency_admin', 'coordinator'], { agencyId: 'a1' }), ['agency:a1', 'coordinator:coordinator']],
  ])('%s', (_, principal, expected) => {
    expect(inboxesOf(principal).map((r) => `${r.kind}:${r.id}`)).toEqual(expected);
  });
});

describe('mayManageChannels', () => {
  it.each([
    [user(['agency_admin'], { agencyId: 'a1' }), { kind: 'agency', id: 'a1' }, true],
    [user(['agency_admin'], { agencyId: 'a1' }), { kind: 'agency', id: 'a2' }, false],
    [user(['agency_admin'], { agencyId: 'a1' }), { kind: 'office', id: 'a1' }, false],
    [user(['agency_admin']), { kind: 'agency', id: 'a1' }, false],
    [user(['agency_caseworker'], { agencyId: 'a1' }), { kind: 'agency', id: 'a1' }, false],
    [user(['coordinator']), { kind: 'office', id: 'tgi-mopti' }, true],
    [user(['system_admin']), { kind: 'coordinator', id: 'coordinator' }, true],
    [user(['prosecutor'], { jurisdiction: 'tgi-mopti' }), { kind: 'office', id: 'tgi-mopti' }, false],
  ] as const)('%j on %j → %s', (principal, recipient, expected) => {
    expect(mayManageChannels(principal, recipient)).toBe(expected);
  });
});
