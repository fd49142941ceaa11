import { Injectable } from '@nestjs/common';
import { Need, Region, Sex } from '@relais/contracts';
import { Agency } from '../domain/agency';
import { candidatesFor, effectiveNeeds, route, RoutingSubject } from '../domain/routing';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';

/** A hypothetical person: the coarse attributes routing uses, nothing that identifies anyone. */
export interface RoutingPreviewRequest {
  region: Region;
  sex: Sex;
  age: number;
  languages?: string[];
  /** `urgent` defaults to false, `consented` (to be referred for it) to true. */
  needs: { need: Need; urgent?: boolean; consented?: boolean }[];
  /** Default: the rules in force. */
  rulesVersion?: number;
}

export interface PreviewCandidate {
  id: string;
  name: string;
  type: string;
}

export interface PreviewDecision {
  need: Need;
  urgent: boolean;
  kind: 'refer' | 'noCandidate' | 'notReferred';
  /** The agency that would receive it. */
  agency: PreviewCandidate | null;
  /** The next ones, in order, if it declines (at most 5). */
  next: PreviewCandidate[];
}

export interface RoutingPreview {
  rulesVersion: number;
  decisions: PreviewDecision[];
}

const candidate = (a: Agency): PreviewCandidate => ({ id: a.id, name: a.name, type: a.type });

/**
 * "For a 14-year-old girl in Kayes needing shelter, who would receive it?", answered by the
 * domain's own routing function on the directory, rules and load of now. Reads only: nothing is
 * referred, no bed is taken.
 */
@Injectable()
export class PreviewRouting {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly rules: RoutingRulesRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(body: RoutingPreviewRequest): Promise<RoutingPreview> {
    const rules = body.rulesVersion ? await this.rules.byVersion(body.rulesVersion) : await this.rules.current();
    if (!rules) throw new ReferralException(ReferralErrorCode.RulesVersionNotFound, { version: body.rulesVersion ?? 'current' });
    const subject: RoutingSubject = {
      region: body.region,
      sex: body.sex,
      isMinor: body.age < 18,
      languages: body.languages ?? [],
      needs: body.needs.map((n) => ({ need: n.need, urgent: n.urgent ?? false, referralConsented: n.consented ?? true })),
    };
    const [directory, load] = await Promise.all([this.agencies.list({ active: true }), this.referrals.openLoad()]);
    const decisions = route(subject, directory, rules.rules, load);
    const needs = effectiveNeeds(subject);
    return {
      rulesVersion: rules.version,
      decisions: decisions.map((d) => {
        const requested = needs.find((n) => n.need === d.need);
        const ranked = d.kind === 'refer' && requested ? candidatesFor(subject, requested, directory, rules.rules, load) : [];
        return { need: d.need, urgent: d.urgent, kind: d.kind, agency: d.kind === 'refer' ? candidate(d.agency) : null, next: ranked.slice(1, 6).map(candidate) };
      }),
    };
  }
}
