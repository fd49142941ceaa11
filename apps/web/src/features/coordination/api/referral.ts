import type { components } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';

type S = components['schemas'];
export type Escalation = S['EscalationViewDto'];
export type EscalationPage = S['EscalationPageDto'];
export type Referral = S['ReferralViewDto'];
export type Agency = S['AgencyViewDto'];
export type Need = Referral['need'];

const BASE = '/api/referral/v1';

export function listEscalations(token: string, page = 1): Promise<EscalationPage> {
  return apiRequest<EscalationPage>(token, 'GET', `${BASE}/escalations?page=${page}&pageSize=20`);
}

/** Active agencies offering the need, anywhere: the coordinator may leave the rules' order. */
export function agenciesFor(token: string, need: Need): Promise<Agency[]> {
  return apiRequest<Agency[]>(token, 'GET', `${BASE}/agencies?need=${need}&active=true`);
}

/** Re-routing an escalation: a new referral of the person's need to the agency chosen. */
export function referTo(token: string, body: { id: string; identificationId: string; need: Need; agencyId: string }): Promise<Referral> {
  return apiRequest<Referral>(token, 'POST', `${BASE}/referrals`, body);
}

export function victimReferrals(token: string, victimRef: string): Promise<Referral[]> {
  return apiRequest<Referral[]>(token, 'GET', `${BASE}/victims/${encodeURIComponent(victimRef)}/referrals`);
}

export interface PreviewBody {
  region: string;
  sex: 'female' | 'male' | 'unknown';
  age: number;
  languages?: string[];
  needs: { need: Need; urgent?: boolean; consented?: boolean }[];
}

export interface PreviewCandidate { id: string; name: string; type: string }
export interface Preview {
  rulesVersion: number;
  decisions: { need: Need; urgent: boolean; kind: 'refer' | 'noCandidate' | 'notReferred'; agency: PreviewCandidate | null; next: PreviewCandidate[] }[];
}

export function previewRouting(token: string, body: PreviewBody): Promise<Preview> {
  return apiRequest<Preview>(token, 'POST', `${BASE}/routing-rules/preview`, body);
}
