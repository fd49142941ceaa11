import { Injectable } from '@nestjs/common';
import { EscalationCause, newReference, ReferralCreated, ReferralEscalated, uuidv7 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { meter } from '@relais/observability';
import { EntityManager } from 'typeorm';
import { Agency } from '../../domain/agency';
import { Escalation } from '../../domain/escalation';
import { IdentificationState, needsToRoute, referralStillAllowed, routingSubject } from '../../domain/identification';
import { newReferral, Referral } from '../../domain/referral';
import { candidatesFor, RequestedNeed, RoutingSubject } from '../../domain/routing';
import { deadlineMinutes, RoutingRulesVersion } from '../../domain/routing-rules';
import { AgencyRepository } from '../../persistence/agency.repository';
import { EscalationRepository } from '../../persistence/escalation.repository';
import { ReferralRepository } from '../../persistence/referral.repository';
import { RoutingRulesRepository } from '../../persistence/routing-rules.repository';
import { createdEvent, escalatedEvent } from './referral-events';

/** The audit actor for what the service does by itself (intake's events, the deadline sweep). */
export const SYSTEM_ACTOR = 'system:referral';

interface RoutingContext {
  rules: RoutingRulesVersion;
  directory: Agency[];
  load: Map<string, number>;
}

const LOAD_TTL_MS = 1000;

export interface RerouteResult {
  next: Referral | null;
  escalations: Escalation[];
}

/**
 * Makes referrals and escalations: the one place that writes them, their events and their audit
 * records, so every path (a new identification, a correction, consent given again, a decline, a
 * missed deadline) routes the same way. Callers hold the identification's lock and the
 * transaction; nothing here commits.
 */
@Injectable()
export class ReferralRouter {
  private readonly created = meter().createCounter('relais_referral_referrals_created_total', {
    description: 'Referrals made, by need',
  });
  private readonly escalated = meter().createCounter('relais_referral_escalations_total', {
    description: 'Escalations to the national coordinator, by cause',
  });
  private load?: { at: number; open: Map<string, number> };

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly agencies: AgencyRepository,
    private readonly rules: RoutingRulesRepository,
    private readonly escalations: EscalationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Routes every need the identification still needs routed: each becomes a referral to the best
   * candidate, or an escalation to the coordinator when there is none. Never silence.
   */
  async routeOutstanding(manager: EntityManager, state: IdentificationState, now: Date, actor: string): Promise<Referral[]> {
    const subject = routingSubject(state);
    if (!subject) return [];
    const referrals = await this.referrals.forIdentification(state.identificationId);
    const history = { referrals, ...(await this.referrals.settledNeeds(state.identificationId, state.victimRef)) };
    const needs = needsToRoute(subject, history);
    if (!needs.length) return [];
    const context = await this.context();
    // Each need is given its agency first, the load counting the ones chosen before it, so the
    // referrals go in with one multi-row insert; what follows each (its events, its audit record,
    // or the escalation of a need nobody can take) then runs in the order of the needs, as before.
    const planned: { need: RequestedNeed; referral: Referral | null }[] = [];
    for (const need of needs) {
      // The agencies already tried for the need are in the rows just read, under the identification's lock: no query per need.
      const chosen = planned.flatMap((p) => (p.referral ? [p.referral] : []));
      const tried = [...referrals, ...chosen].filter((r) => r.need === need.need).map((r) => r.agencyId);
      const [agency] = candidatesFor(subject, need, context.directory, context.rules.rules, context.load, tried);
      const referral = agency ? this.referralTo(state, subject, need, agency, context, null, now, uuidv7()) : null;
      if (referral) countIn(context.load, referral.agencyId, 1);
      planned.push({ need, referral });
    }
    const inserted = await this.referrals.insertAll(planned.flatMap((p) => (p.referral ? [p.referral] : [])));
    const made: Referral[] = [];
    for (const { need, referral } of planned) {
      if (!referral) await this.escalate(manager, noCandidate(state, subject, need, now), actor);
      else if (inserted.has(referral.id)) made.push(await this.announce(manager, referral, context, actor));
      else countIn(context.load, referral.agencyId, -1); // already there (see create): nothing new for that agency
    }
    return made;
  }

  /**
   * After a decline or a missed deadline: the next candidate gets the need, and the coordinator
   * hears of it. With no candidate left the coordinator is told that too (`noCandidate`).
   * The ended referral must already be saved, so that it no longer counts in the agencies' load.
   */
  async reroute(
    manager: EntityManager,
    ended: Referral,
    cause: Exclude<EscalationCause, 'noCandidate'>,
    state: IdentificationState,
    now: Date,
    actor: string,
  ): Promise<RerouteResult> {
    const subject = routingSubject(state);
    // Consent withdrawn or data erased since: the need is no longer to be referred at all.
    if (!subject || !referralStillAllowed(state, ended)) {
      return { next: null, escalations: [await this.escalate(manager, endedEscalation(ended, cause, null, now), actor)] };
    }
    const need: RequestedNeed = { need: ended.need, urgent: ended.urgent, referralConsented: true };
    const tried = await this.referrals.agenciesTried(state.identificationId, need.need);
    const next = await this.referToNextCandidate(manager, state, subject, need, await this.context(), tried, ended.id, now, actor);
    const escalations = [await this.escalate(manager, endedEscalation(ended, cause, next?.id ?? null, now), actor)];
    if (!next) escalations.push(await this.escalate(manager, noCandidate(state, subject, need, now), actor));
    return { next, escalations };
  }

  /**
   * A referral to an agency the coordinator chose, outside the rules' order (after an escalation,
   * say). Null when the need is already referred to that agency.
   */
  async referTo(
    manager: EntityManager,
    state: IdentificationState,
    subject: RoutingSubject,
    need: RequestedNeed,
    agency: Agency,
    now: Date,
    actor: string,
    id: string,
  ): Promise<Referral | null> {
    return this.create(manager, state, subject, need, agency, await this.context(), null, now, actor, id);
  }

  private async referToNextCandidate(
    manager: EntityManager,
    state: IdentificationState,
    subject: RoutingSubject,
    need: RequestedNeed,
    context: RoutingContext,
    tried: string[],
    reroutedFrom: string | null,
    now: Date,
    actor: string,
  ): Promise<Referral | null> {
    const [agency] = candidatesFor(subject, need, context.directory, context.rules.rules, context.load, tried);
    return agency ? this.create(manager, state, subject, need, agency, context, reroutedFrom, now, actor, uuidv7()) : null;
  }

  private async create(
    manager: EntityManager,
    state: IdentificationState,
    subject: RoutingSubject,
    need: RequestedNeed,
    agency: Agency,
    context: RoutingContext,
    reroutedFrom: string | null,
    now: Date,
    actor: string,
    id: string,
  ): Promise<Referral | null> {
    const referral = this.referralTo(state, subject, need, agency, context, reroutedFrom, now, id);
    // Excluding agencies already tried makes a conflict impossible under the identification's
    // lock; the unique constraint stays the guarantee should a path ever skip that lock.
    if (!(await this.referrals.insert(referral))) return null;
    countIn(context.load, agency.id, 1);
    return this.announce(manager, referral, context, actor);
  }

  private referralTo(
    state: IdentificationState,
    subject: RoutingSubject,
    need: RequestedNeed,
    agency: Agency,
    context: RoutingContext,
    reroutedFrom: string | null,
    now: Date,
    id: string,
  ): Referral {
    if (!state.ageGroup) throw new Error(`identification ${state.identificationId} is routed before it is known`);
    return newReferral(
      {
        id,
        reference: newReference('R'),
        victimRef: state.victimRef,
        identificationId: state.identificationId,
        agencyId: agency.id,
        agencyType: agency.type,
        need: need.need,
        urgent: need.urgent,
        region: subject.region,
        isMinor: subject.isMinor,
        ageGroup: state.ageGroup,
        sex: subject.sex,
        rulesVersion: context.rules.version,
        reroutedFrom,
        acknowledgeMinutes: deadlineMinutes(context.rules.rules, need.need, need.urgent, 'acknowledge'),
      },
      now,
    );
  }

  /** A referral just written: its event, its audit record, its count. */
  private async announce(manager: EntityManager, referral: Referral, context: RoutingContext, actor: string): Promise<Referral> {
    const { agencyId, need, urgent, reroutedFrom } = referral;
    await this.outbox.emit(manager, ReferralCreated, createdEvent(referral));
    await this.audit.append(manager, {
      actor,
      action: 'referral.create',
      resourceType: 'referral',
      resourceId: referral.id,
      outcome: 'success',
      details: { agencyId, need, urgent, rulesVersion: context.rules.version, reroutedFrom },
    });
    this.created.add(1, { need });
    return referral;
  }

  private async escalate(manager: EntityManager, escalation: Escalation, actor: string): Promise<Escalation> {
    await this.escalations.insert(escalation);
    await this.outbox.emit(manager, ReferralEscalated, escalatedEvent(escalation));
    await this.audit.append(manager, {
      actor,
      action: 'referral.escalate',
      resourceType: escalation.referralId ? 'referral' : 'escalation',
      resourceId: escalation.referralId ?? escalation.id,
      outcome: 'success',
      details: { escalationId: escalation.id, cause: escalation.cause, need: escalation.need, reroutedTo: escalation.reroutedTo },
    });
    this.escalated.add(1, { cause: escalation.cause });
    return escalation;
  }

  private async context(): Promise<RoutingContext> {
    const rules = await this.rules.current();
    // Rules are loaded at start-up before any event is consumed; their absence is a broken install.
    if (!rules) throw new Error('no routing rules: the routing-rules data file was not loaded');
    return { rules, directory: await this.agencies.list({ active: true }), load: await this.currentLoad() };
  }

  /**
   * The agencies' open referrals, counted at most every LOAD_TTL_MS. Counting every open referral
   * for each identification grew with the history (open referrals accumulate for months), and the
   * load only breaks ties between equally suitable agencies: a snapshot a second old, kept up to
   * date with what this instance refers meanwhile, orders them as well. The rules and the
   * directory (beds included) are read fresh every time.
   */
  private async currentLoad(): Promise<Map<string, number>> {
    const now = Date.now();
    if (!this.load || now - this.load.at >= LOAD_TTL_MS) this.load = { at: now, open: await this.referrals.openLoad() };
    return this.load.open;
  }
}

function countIn(load: Map<string, number>, agencyId: string, change: number): void {
  load.set(agencyId, (load.get(agencyId) ?? 0) + change);
}

function endedEscalation(ended: Referral, cause: EscalationCause, reroutedTo: string | null, now: Date): Escalation {
  return {
    id: uuidv7(),
    referralId: ended.id,
    reference: ended.reference,
    victimRef: ended.victimRef,
    identificationId: ended.identificationId,
    agencyId: ended.agencyId,
    need: ended.need,
    urgent: ended.urgent,
    region: ended.region,
    cause,
    reroutedTo,
    escalatedAt: now,
  };
}

function noCandidate(state: IdentificationState, subject: RoutingSubject, need: RequestedNeed, now: Date): Escalation {
  return {
    id: uuidv7(),
    referralId: null,
    reference: null,
    victimRef: state.victimRef,
    identificationId: state.identificationId,
    agencyId: null,
    need: need.need,
    urgent: need.urgent,
    region: subject.region,
    cause: 'noCandidate',
    reroutedTo: null,
    escalatedAt: now,
  };
}
