import { RoutingScopeChange } from './agency';
import { ReferralErrorCode, ReferralException } from './referral-errors';

export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
export type ChangeRequestDecision = 'approve' | 'reject';

/** An agency administrator's change to its routing scope, waiting for the coordinator. */
export interface AgencyChangeRequest {
  id: string;
  agencyId: string;
  changes: RoutingScopeChange;
  status: ChangeRequestStatus;
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The coordinator's reason, mostly for a rejection; free text the agency administrator reads. */
  reason: string | null;
  version: number;
}

export function newChangeRequest(id: string, agencyId: string, changes: RoutingScopeChange, requestedBy: string, now: Date): AgencyChangeRequest {
  return { id, agencyId, changes, status: 'pending', requestedBy, requestedAt: now, decidedBy: null, decidedAt: null, reason: null, version: 1 };
}

/** A request is decided once; the version guards against two coordinators deciding it at once. */
export function decide(
  request: AgencyChangeRequest,
  decision: ChangeRequestDecision,
  decidedBy: string,
  expectedVersion: number,
  reason: string | null,
  now: Date,
): AgencyChangeRequest {
  if (expectedVersion !== request.version) {
    throw new ReferralException(ReferralErrorCode.VersionStale, { id: request.id, version: expectedVersion, currentVersion: request.version });
  }
  if (request.status !== 'pending') throw new ReferralException(ReferralErrorCode.ChangeRequestDecided, { id: request.id, status: request.status });
  const status: ChangeRequestStatus = decision === 'approve' ? 'approved' : 'rejected';
  return { ...request, status, decidedBy, decidedAt: now, reason, version: request.version + 1 };
}
