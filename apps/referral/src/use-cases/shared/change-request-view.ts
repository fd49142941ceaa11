import { RoutingScopeChange } from '../../domain/agency';
import { AgencyChangeRequest } from '../../domain/agency-change-request';
import { AgencyView } from './views';

/** A change request as the API shows it; `version` is what the decision must quote. */
export interface AgencyChangeRequestView {
  id: string;
  agencyId: string;
  changes: RoutingScopeChange;
  status: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  version: number;
}

/** An agency edit: what applied at once, and the routing-scope change left for the coordinator. */
export interface AgencyEditView {
  agency: AgencyView;
  changeRequest: AgencyChangeRequestView | null;
}

export function changeRequestView(r: AgencyChangeRequest): AgencyChangeRequestView {
  return {
    id: r.id,
    agencyId: r.agencyId,
    changes: r.changes,
    status: r.status,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt.toISOString(),
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    reason: r.reason,
    version: r.version,
  };
}
