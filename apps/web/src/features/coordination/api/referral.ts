import type { components } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';

type S = components['schemas'];
export type Escalation = S['EscalationViewDto'];
export type EscalationPage = S['EscalationPageDto'];
export type Referral = S['ReferralViewDto'];
export type Agency = S['AgencyViewDto'];
export type Need = Referral['need'];

const BASE = '/api/referral/v1';

/** A page of 20, newest first; `cursor` is the `nextCursor` of the page before. */
export function listEscalations(token: string, cursor?: string): Promise<EscalationPage> {
  const query = new URLSearchParams({ limit: '20', ...(cursor ? { cursor } : {}) });
  return apiRequest<EscalationPage>(token, 'GET', `${BASE}/escalations?${query}`);
}

/** Active agencies offering the need, anywhere: the coordinator may leave the rules' order. */
export function agenciesFor(token: string, need: Need): Promise<Agency[]> {
  return apiRequest<Agency[]>(token, 'GET', `${BASE}/agencies?need=${need}&active=true`);
}

/** Re-routing an escalation: a new referral of the person's need to the agency chosen. */
export function referTo(token: string, body: { id: string; identificationId: string; need: Need; agencyId: string }): Promise<Referral> {
  return apiRequest<Referral>(token, 'POST', `${BASE}/referrals`, body);
}

export type ResolveBody = S['ResolveEscalationBody'];
export type EscalationResolution = ResolveBody['resolution'];
/** In the order the coordinator reads them; the API's controlled list. */
export const RESOLUTIONS: EscalationResolution[] = ['assistedOutsideRelais', 'assistanceRefused', 'personUnreachable', 'duplicate', 'needNoLongerPresent'];

/** Closes an escalation without a new referral; `version` is the one shown, so a concurrent change is a 409, never overwritten. */
export function resolveEscalation(token: string, id: string, body: ResolveBody): Promise<Escalation> {
  return apiRequest<Escalation>(token, 'POST', `${BASE}/escalations/${id}/resolve`, body);
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
