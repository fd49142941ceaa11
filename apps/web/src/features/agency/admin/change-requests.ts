import type { components } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';

export type ChangeRequestView = components['schemas']['AgencyChangeRequestDto'];

/** The agency's own change requests, every status: the API scopes an administrator to their agency. */
export function listOwnChangeRequests(token: string): Promise<ChangeRequestView[]> {
  return apiRequest<ChangeRequestView[]>(token, 'GET', '/api/referral/v1/agency-change-requests?status=all');
}

/** Newest first: what the administrator just asked for, then what the coordinator decided before. */
export function newestFirst(requests: ChangeRequestView[]): ChangeRequestView[] {
  return [...requests].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || b.id.localeCompare(a.id));
}
