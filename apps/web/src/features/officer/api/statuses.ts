import type { components as Prosecution } from '../../../shared/api/prosecution';
import type { components as Referral } from '../../../shared/api/referral';
import { ApiError, apiRequest } from '../../../shared/api/http';

export type ReferralStatus = Referral['schemas']['ReferralStatusDto'];
export type CaseStatus = Prosecution['schemas']['CaseStatusDto'];

/**
 * Where a person's referrals and cases stand, from the services that own them (referral,
 * prosecution), through the coarse status lists open to police for their own unit (region for a
 * supervisor). Kept apart from intake's list: each may be unreachable or refuse on its own, and
 * the list still shows what intake knows.
 */
export interface VictimStatuses {
  referrals: ReferralStatus[] | 'unavailable';
  cases: CaseStatus[] | 'unavailable';
}

async function orUnavailable<T>(call: Promise<{ items: T[] }>): Promise<T[] | 'unavailable'> {
  try {
    return (await call).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    return 'unavailable';
  }
}

export async function victimStatuses(token: string, victimRef: string): Promise<VictimStatuses> {
  const ref = encodeURIComponent(victimRef);
  const [referrals, cases] = await Promise.all([
    orUnavailable(apiRequest<{ items: ReferralStatus[] }>(token, 'GET', `/api/referral/v1/referral-statuses?victimRef=${ref}`)),
    orUnavailable(apiRequest<{ items: CaseStatus[] }>(token, 'GET', `/api/prosecution/v1/case-statuses?victimRef=${ref}`)),
  ]);
  return { referrals, cases };
}
