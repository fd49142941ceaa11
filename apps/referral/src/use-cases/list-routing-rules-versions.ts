import { Injectable } from '@nestjs/common';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';

export interface RulesVersionView {
  version: number;
  source: string;
  createdBy: string;
  createdAt: string;
}

/** The history of the rules, newest first: who changed them, when, from which source. */
@Injectable()
export class ListRoutingRulesVersions {
  constructor(private readonly rules: RoutingRulesRepository) {}

  async execute(): Promise<RulesVersionView[]> {
    return (await this.rules.list()).map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
  }
}
