import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { Logger } from 'pino';
import { newAgency } from '../domain/agency';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferenceDataRepository } from '../persistence/reference-data.repository';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { ReferralConfig } from '../referral.config';
import { ReferenceFiles } from './reference-files';
import { SYSTEM_ACTOR } from './shared/referral-router';

export interface ReferenceDataLoad {
  /** The rules version created from the file, or null when this file version was loaded before. */
  rulesVersion: number | null;
  /** Demo agencies added (an agency already present, perhaps edited since, is left alone). */
  agenciesAdded: number | null;
}

/**
 * Loads the reference data files at start-up, each file version once (a restart, or a second
 * instance starting beside the first, loads nothing twice): the routing rules always, as the
 * first version a coordinator then edits; the fictitious demo directory only where configured.
 * A new version of the rules file becomes a new rules version, above the coordinator's edits.
 */
@Injectable()
export class LoadReferenceData {
  constructor(
    private readonly tx: TransactionHost,
    private readonly loads: ReferenceDataRepository,
    private readonly rules: RoutingRulesRepository,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
    private readonly files: ReferenceFiles,
    @Inject(SERVICE_CONFIG) private readonly config: ReferralConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async execute(now = new Date()): Promise<ReferenceDataLoad> {
    const rules = this.files.rules();
    const directory = this.config.loadDemoDirectory ? this.files.directory() : null;
    const result = await this.tx.run(async (manager): Promise<ReferenceDataLoad> => {
      let rulesVersion: number | null = null;
      if (await this.loads.claim(rules.name, rules.version)) {
        const head = await this.rules.lockHead();
        const created = await this.rules.insert(head + 1, rules.rules, `file:routing-rules.json@${rules.version}`, SYSTEM_ACTOR, now);
        rulesVersion = created.version;
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          action: 'routing-rules.load',
          resourceType: 'routing-rules',
          resourceId: String(created.version),
          outcome: 'success',
          details: { file: 'routing-rules.json', fileVersion: rules.version },
        });
      }
      let agenciesAdded: number | null = null;
      if (directory && (await this.loads.claim(directory.name, directory.version))) {
        agenciesAdded = 0;
        for (const { id, ...profile } of directory.agencies) {
          if (await this.agencies.insert(newAgency(id, profile, now, true))) agenciesAdded += 1;
        }
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          action: 'directory.load',
          resourceType: 'agency',
          resourceId: 'demo-directory',
          outcome: 'success',
          details: { file: 'demo-directory.json', fileVersion: directory.version, added: agenciesAdded },
        });
      }
      return { rulesVersion, agenciesAdded };
    });
    this.logger.info({ ...result, demoDirectory: this.config.loadDemoDirectory }, 'reference data checked');
    return result;
  }
}
