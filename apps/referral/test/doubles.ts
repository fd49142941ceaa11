import { Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { immediateTransactions } from '@relais/testing';
import { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { Agency, newAgency } from '../src/domain/agency';
import { emptyIdentification, IdentificationState } from '../src/domain/identification';
import { newReferral, Referral } from '../src/domain/referral';
import { ReferralConfig } from '../src/referral.config';

/**
 * Doubles for use-case specs, which check what a use case decides and in which order it asks its
 * collaborators; what those collaborators do against Postgres and Kafka is proven by the
 * integration tests.
 */
export const MANAGER = { marker: 'the transaction' } as unknown as EntityManager;

export function fakeTx(): TransactionHost {
  return immediateTransactions(MANAGER).tx;
}

/** Every method a jest.fn, created on first use. */
export function mockOf<T extends object>(): jest.Mocked<T> {
  const fns = new Map<PropertyKey, jest.Mock>();
  return new Proxy({} as jest.Mocked<T>, {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      if (!fns.has(key)) fns.set(key, jest.fn());
      return fns.get(key);
    },
  });
}

export const silentLogger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as unknown as Logger;

export function config(overrides: Partial<ReferralConfig> = {}): ReferralConfig {
  return Object.assign(new ReferralConfig(), overrides);
}

export const T0 = new Date('2026-12-01T08:00:00Z');

export const caseworkerOf = (agencyId: string): Principal => ({ sub: `cw@${agencyId}`, roles: ['agency_caseworker'], agencyId });
export const coordinatorPrincipal: Principal = { sub: 'coord', roles: ['coordinator'] };

export function aReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    ...newReferral(
      {
        id: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f',
        reference: 'R-7K3M9Q2X',
        victimRef: 'V-7K3M9Q2XPA',
        identificationId: '0193b1e4-6f2a-7c3d-8e4f-000000000001',
        agencyId: 'demo-shelter-mopti',
        agencyType: 'Shelter',
        need: 'shelter',
        urgent: false,
        region: 'mopti',
        isMinor: false,
        ageGroup: '24-26',
        sex: 'female',
        rulesVersion: 1,
        reroutedFrom: null,
        acknowledgeMinutes: 360,
      },
      T0,
    ),
    ...overrides,
  };
}

export function anIdentification(overrides: Partial<IdentificationState> = {}): IdentificationState {
  return {
    ...emptyIdentification('0193b1e4-6f2a-7c3d-8e4f-000000000001', 'V-7K3M9Q2XPA'),
    identifiedAt: T0,
    sex: 'female',
    ageGroup: '24-26',
    isMinor: false,
    region: 'mopti',
    needs: [{ need: 'shelter', urgent: false, referralConsented: true }],
    factsAt: T0,
    consent: { referral: true, dataSharing: false, givenBy: 'victim', withdrawn: false },
    consentAt: T0,
    ...overrides,
  };
}

export function anAgency(id: string, overrides: Partial<Agency> = {}): Agency {
  return {
    ...newAgency(
      id,
      {
        name: id,
        type: 'Shelter',
        services: ['shelter'],
        regions: ['mopti'],
        accepts: { minors: true, adults: true, sexes: ['female', 'male', 'unknown'] },
        languages: ['fr'],
        capacity: { beds: 8, available: 8 },
        active: true,
      },
      T0,
    ),
    ...overrides,
  };
}
