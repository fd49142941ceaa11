import { Account } from '../src/domain/accounts';

/** A caseworker of demo-cp-mopti as the identity provider would describe them. */
export const anAccount = (overrides: Partial<Account> = {}): Account => ({
  id: 'u1', username: 'a.traore', enabled: true, createdAt: null, roles: ['agency_caseworker'], groups: ['/agencies/demo-cp-mopti'], hasEmail: false, ...overrides,
});
