import type { components } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';
import type { Agency } from './referral';

export type ChangeRequest = components['schemas']['AgencyChangeRequestDto'];

const BASE = '/api/referral/v1';

export function listAgencies(token: string, filters: { region?: string; need?: string }): Promise<Agency[]> {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  return apiRequest<Agency[]>(token, 'GET', `${BASE}/agencies?${query}`);
}

export function pendingChangeRequests(token: string): Promise<ChangeRequest[]> {
  return apiRequest<ChangeRequest[]>(token, 'GET', `${BASE}/agency-change-requests?status=pending`);
}

export function decideChangeRequest(token: string, request: ChangeRequest, decision: 'approve' | 'reject', reason?: string): Promise<ChangeRequest> {
  return apiRequest<ChangeRequest>(token, 'POST', `${BASE}/agency-change-requests/${encodeURIComponent(request.id)}/${decision}`, { version: request.version, ...(reason ? { reason } : {}) });
}
