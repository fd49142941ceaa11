import directoryFile from '../data/demo-directory.json';
import rulesFile from '../data/routing-rules.json';
import { Agency, newAgency } from '../src/domain/agency';
import { RoutingRules } from '../src/domain/routing-rules';
import { parseDirectoryFile, parseRulesFile } from '../src/reference-data/reference-files';

/** The demo directory and default rules exactly as the service loads them. */
export function demoDirectory(): Agency[] {
  const at = new Date('2026-12-01T00:00:00Z');
  return parseDirectoryFile(directoryFile).agencies.map(({ id, ...profile }) => newAgency(id, profile, at, true));
}

export function defaultRules(): RoutingRules {
  return parseRulesFile(rulesFile).rules;
}
