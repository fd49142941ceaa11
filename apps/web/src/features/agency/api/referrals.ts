import type { components as Intake } from '../../../shared/api/intake';
import type { components as Referral } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';

export type ReferralView = Referral['schemas']['ReferralViewDto'];
export type ReferralPage = Referral['schemas']['ReferralPageDto'];
export type DeclineReason = Referral['schemas']['DeclineReferralBody']['reason'];
export type CloseOutcome = Referral['schemas']['CloseReferralBody']['outcome'];
export type IdentificationDetail = Intake['schemas']['IdentificationDetailView'];

const BASE = '/api/referral/v1/referrals';
const enc = encodeURIComponent;

/** The caller's agency inbox: the service scopes it by the token's agency, whatever we ask. */
export function listReferrals(token: string, status?: ReferralView['status'], limit = 50): Promise<ReferralPage> {
  const query = new URLSearchParams({ limit: String(limit), ...(status ? { status } : {}) });
  return apiRequest<ReferralPage>(token, 'GET', `${BASE}?${query}`);
}

/**
 * What the inbox shows: every referral still waiting for the agency, however old, plus the newest
 * of the others (one page), each once.
 */
export async function listInbox(token: string): Promise<ReferralView[]> {
  const pages = await Promise.all([listReferrals(token, 'pending', 100), listReferrals(token, 'acknowledged', 100), listReferrals(token, undefined, 100)]);
  const byId = new Map<string, ReferralView>();
  for (const page of pages) for (const item of page.items) byId.set(item.id, item);
  return [...byId.values()];
}

export function getReferral(token: string, id: string): Promise<ReferralView> {
  return apiRequest<ReferralView>(token, 'GET', `${BASE}/${enc(id)}`);
}

export type Transition =
  | { kind: 'acknowledge' }
  | { kind: 'accept' }
  | { kind: 'decline'; reason: DeclineReason; note?: string }
  | { kind: 'close'; outcome: CloseOutcome; note?: string };

/** Each change quotes the version the caseworker saw: a stale one is refused (409), never overwritten. */
export function transition(token: string, id: string, version: number, change: Transition): Promise<ReferralView> {
  const { kind, ...rest } = change;
  return apiRequest<ReferralView>(token, 'POST', `${BASE}/${enc(id)}/${kind}`, { ...rest, version });
}

/** Intake answers only once the agency accepted the referral; every read is audited there. */
export function readIdentification(token: string, identificationId: string): Promise<IdentificationDetail> {
  return apiRequest<IdentificationDetail>(token, 'GET', `/api/intake/v1/identifications/${enc(identificationId)}`);
}
