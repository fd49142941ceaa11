import type { components } from '../../../shared/api/referral';
import { call, apiRequest } from '../../../shared/api/http';

export type AgencyView = components['schemas']['AgencyViewDto'];
export type UpdateAgencyBody = Omit<components['schemas']['UpdateAgencyBody'], 'active'>;
export type AccountView = components['schemas']['AccountViewDto'];
export type CreatedAccount = components['schemas']['CreatedAccountDto'];
export type PasswordReset = components['schemas']['PasswordResetDto'];

/** The coordinator's pending decision on a change of regions, services or whom the agency takes. */
export interface ChangeRequest {
  id: string;
  status: string;
  requestedAt: string;
  changes: Pick<UpdateAgencyBody, 'regions' | 'services' | 'accepts'>;
}

export type AgencyEdit = { agency: AgencyView; pending: ChangeRequest | null };

const enc = encodeURIComponent;

export function getAgency(token: string, id: string): Promise<AgencyView> {
  return apiRequest<AgencyView>(token, 'GET', `/api/referral/v1/agencies/${enc(id)}`);
}

/**
 * 200: applied. 202: the fields that need no approval applied; regions, services or acceptance
 * wait for the coordinator (a change request).
 */
export async function updateAgency(token: string, id: string, body: UpdateAgencyBody): Promise<AgencyEdit> {
  const answer = await call<AgencyView | { agency: AgencyView; changeRequest: ChangeRequest }>(token, 'PATCH', `/api/referral/v1/agencies/${enc(id)}`, body);
  if (answer.status === 202 && 'changeRequest' in answer.data) return { agency: answer.data.agency, pending: answer.data.changeRequest };
  return { agency: answer.data as AgencyView, pending: null };
}

const accounts = (agencyId: string) => `/api/referral/v1/agencies/${enc(agencyId)}/accounts`;

export function listAccounts(token: string, agencyId: string): Promise<AccountView[]> {
  return apiRequest<AccountView[]>(token, 'GET', accounts(agencyId));
}

export interface NewAccount {
  username: string;
  firstName: string;
  lastName: string;
  email?: string;
}

export function createAccount(token: string, agencyId: string, body: NewAccount): Promise<CreatedAccount> {
  return apiRequest<CreatedAccount>(token, 'POST', accounts(agencyId), { ...body, role: 'agency_caseworker' });
}

export type AccountAction = 'disable' | 'enable' | 'reset-password';

export function accountAction(token: string, agencyId: string, userId: string, action: AccountAction): Promise<AccountView | PasswordReset> {
  return apiRequest(token, 'POST', `${accounts(agencyId)}/${enc(userId)}/${action}`);
}
