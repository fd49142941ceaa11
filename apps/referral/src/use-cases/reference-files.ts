import { AgencyProfile } from '../domain/agency';
import { RoutingRules } from '../domain/routing-rules';

/** Every reference data file says what it is, which version, and where its content comes from. */
export interface ReferenceFile {
  name: string;
  version: string;
  source: string;
}

export interface RulesFileContent extends ReferenceFile {
  rules: RoutingRules;
}

export interface DirectoryFileContent extends ReferenceFile {
  agencies: (AgencyProfile & { id: string })[];
}

/**
 * The reference data files the service ships, read and checked. A port, so that loading them
 * does not depend on how they are checked (by the API bodies' rules, in the HTTP layer).
 */
export abstract class ReferenceFiles {
  abstract rules(): RulesFileContent;
  abstract directory(): DirectoryFileContent;
}
