import { Agency, copyProfile, Coverage } from '../../domain/agency';
import { EscalationRecord, Resolution } from '../../domain/escalation';
import { Referral } from '../../domain/referral';
import { RoutingRules, RoutingRulesVersion } from '../../domain/routing-rules';
import type { ReferralProgress } from '../../persistence/referral.repository';

/** A referral as the API shows it. Dates are ISO strings; `version` is what the next change must quote. */
export interface ReferralView {
  id: string;
  reference: string;
  victimRef: string;
  identificationId: string;
  agencyId: string;
  agencyType: string;
  need: string;
  urgent: boolean;
  region: string;
  isMinor: boolean;
  ageGroup: string;
  sex: string;
  status: string;
  dueBy: string | null;
  version: number;
  rulesVersion: number;
  reroutedFrom: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  declineNote: string | null;
  escalatedAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  closeNote: string | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function referralView(r: Referral): ReferralView {
  return {
    id: r.id,
    reference: r.reference,
    victimRef: r.victimRef,
    identificationId: r.identificationId,
    agencyId: r.agencyId,
    agencyType: r.agencyType,
    need: r.need,
    urgent: r.urgent,
    region: r.region,
    isMinor: r.isMinor,
    ageGroup: r.ageGroup,
    sex: r.sex,
    status: r.status,
    dueBy: iso(r.dueBy),
    version: r.version,
    rulesVersion: r.rulesVersion,
    reroutedFrom: r.reroutedFrom,
    createdAt: r.createdAt.toISOString(),
    acknowledgedAt: iso(r.acknowledgedAt),
    acceptedAt: iso(r.acceptedAt),
    declinedAt: iso(r.declinedAt),
    declineReason: r.declineReason,
    declineNote: r.declineNote,
    escalatedAt: iso(r.escalatedAt),
    closedAt: iso(r.closedAt),
    outcome: r.outcome,
    closeNote: r.closeNote,
  };
}

/** Where a referral stands, for the police who made the identification: no note, nothing about the person. */
export interface ReferralStatusView {
  id: string;
  reference: string;
  victimRef: string;
  identificationId: string;
  need: string;
  urgent: boolean;
  agencyId: string;
  agencyName: string;
  status: string;
  dueBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export function referralStatusView(p: ReferralProgress): ReferralStatusView {
  return {
    id: p.id,
    reference: p.reference,
    victimRef: p.victimRef,
    identificationId: p.identificationId,
    need: p.need,
    urgent: p.urgent,
    agencyId: p.agencyId,
    agencyName: p.agencyName,
    status: p.status,
    dueBy: iso(p.dueBy),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export interface AgencyView {
  id: string;
  name: string;
  type: string;
  services: string[];
  regions: Coverage[];
  accepts: { minors: boolean; adults: boolean; sexes: string[] };
  languages: string[];
  capacity: { beds: number; available: number } | null;
  active: boolean;
  demo: boolean;
  version: number;
  updatedAt: string;
}

export function agencyView(a: Agency): AgencyView {
  return { id: a.id, ...copyProfile(a), demo: a.demo, version: a.version, updatedAt: a.updatedAt.toISOString() };
}

export interface RoutingRulesView {
  version: number;
  source: string;
  createdBy: string;
  createdAt: string;
  rules: RoutingRules;
}

export function rulesView(v: RoutingRulesVersion): RoutingRulesView {
  return { version: v.version, source: v.source, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), rules: v.rules };
}

/** An escalation as the API shows it: the record as stored, its dates as ISO strings. */
export interface EscalationView extends Omit<EscalationRecord, 'escalatedAt' | 'resolution'> {
  escalatedAt: string;
  resolution: EscalationResolutionView | null;
}

export interface EscalationResolutionView extends Omit<Resolution, 'resolvedAt'> {
  resolvedAt: string;
}

export function escalationView(e: EscalationRecord): EscalationView {
  const r = e.resolution;
  return { ...e, escalatedAt: e.escalatedAt.toISOString(), resolution: r ? { ...r, resolvedAt: r.resolvedAt.toISOString() } : null };
}
