/**
 * npm run db:types: the Kysely schema types of each listed service, generated from its migrated
 * database, so a typed query (libs/persistence typed-sql.ts) no longer compiles once a column it
 * names is renamed or dropped. A throw-away database is migrated by the service's own entry point
 * (`main.ts migrate`, as db:migrate does), then kysely-codegen reads the service's schema.
 * `--out <dir>` writes <dir>/<service>.ts instead: the staleness test compares those with the
 * checked-in files.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ServiceName } from '@relais/contracts';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { repoRoot } from './lib/repo-root';

const root = repoRoot();
const exec = promisify(execFile);

/** The services whose repositories use typed SQL, and where their generated types live. Another service is one entry more. */
export const TYPED_SCHEMAS: Partial<Record<ServiceName, TypedSchema>> = {
  prosecution: {
    file: 'apps/prosecution/src/persistence/schema.generated.ts',
    // text columns holding a domain type's values (most under a CHECK): typed as those values, not as any string.
    columns: {
      'cases.stage': 'CaseStage',
      'cases.region': 'Region',
      'cases.opened_from': 'OpenedFrom',
      'stage_changes.from_stage': 'CaseStage | null',
      'stage_changes.to_stage': 'CaseStage',
      'defendants.sex': 'Sex',
      'defendants.custody': 'CustodyStatus',
      'hearings.kind': 'HearingKind',
      'judgments.instance': 'Instance',
      'verdicts.instance': 'Instance',
      'verdicts.outcome': 'JudgmentOutcome',
      // jsonb read as parsed JSON, written as JSON text (pg would send a JS array as a Postgres array).
      'verdicts.warnings': 'ColumnType<SentenceWarning[], string, string>',
    },
    imports: {
      CaseStage: '@relais/contracts#CaseStage',
      HearingKind: '@relais/contracts#HearingKind',
      JudgmentOutcome: '@relais/contracts#JudgmentOutcome',
      Region: '@relais/contracts#Region',
      Sex: '@relais/contracts#Sex',
      OpenedFrom: '../domain/case#OpenedFrom',
      CustodyStatus: '../domain/defendant#CustodyStatus',
      Instance: '../domain/judgment#Instance',
      SentenceWarning: '../domain/statutory-penalties#SentenceWarning',
    },
  },
  referral: {
    file: 'apps/referral/src/persistence/schema.generated.ts',
    columns: {
      'agencies.type': 'OrganisationType',
      'agencies.services': 'Need[]',
      'agencies.regions': 'Coverage[]',
      'agencies.accepts_sexes': 'Sex[]',
      'referrals.agency_type': 'OrganisationType',
      'referrals.need': 'Need',
      'referrals.region': 'Region',
      'referrals.age_group': 'AgeBand',
      'referrals.sex': 'Sex',
      'referrals.status': 'ReferralStatus',
      'referrals.decline_reason': 'DeclineReason | null',
      'referrals.outcome': 'ReferralOutcome | null',
      'escalations.need': 'Need',
      'escalations.region': 'Region',
      'escalations.cause': 'EscalationCause',
      'escalations.resolution': 'EscalationResolution | null',
      'identifications.sex': 'Sex | null',
      'identifications.age_group': 'AgeBand | null',
      'identifications.region': 'Region | null',
      'agency_change_requests.status': 'ChangeRequestStatus',
      // jsonb read as parsed JSON, written as JSON text (as prosecution's verdicts.warnings).
      'routing_rules.rules': 'ColumnType<RulesDocument, string, string>',
      'agency_change_requests.changes': 'ColumnType<RoutingScopeChange, string, string>',
      'identifications.needs': 'ColumnType<IdentifiedNeed[] | null, string | null, string | null>',
      'identifications.consent': 'ColumnType<ConsentState | null, string | null, string | null>',
    },
    imports: {
      AgeBand: '@relais/contracts#AgeBand',
      DeclineReason: '@relais/contracts#DeclineReason',
      EscalationCause: '@relais/contracts#EscalationCause',
      Need: '@relais/contracts#Need',
      OrganisationType: '@relais/contracts#OrganisationType',
      ReferralOutcome: '@relais/contracts#ReferralOutcome',
      ReferralStatus: '@relais/contracts#ReferralStatus',
      Region: '@relais/contracts#Region',
      Sex: '@relais/contracts#Sex',
      Coverage: '../domain/agency#Coverage',
      RoutingScopeChange: '../domain/agency#RoutingScopeChange',
      ChangeRequestStatus: '../domain/agency-change-request#ChangeRequestStatus',
      EscalationResolution: '../domain/escalation#EscalationResolution',
      ConsentState: '../domain/identification#ConsentState',
      IdentifiedNeed: '../domain/identification#IdentifiedNeed',
      // named apart from the table's own interface, which kysely-codegen calls RoutingRules
      RulesDocument: '../domain/routing-rules#RoutingRules',
    },
  },
  // statistics' projection writers: no column overrides.
  statistics: {
    file: 'apps/statistics/src/persistence/schema.generated.ts',
  },
};

interface TypedSchema {
  /** The checked-in file, from the repository's root. */
  file: string;
  /** Column type overrides (`table.column`: TypeScript type), for values the database holds to a domain type. */
  columns?: Record<string, string>;
  /** Where the overrides' types come from (kysely-codegen's --custom-imports: `Name: 'module#Export'`). */
  imports?: Record<string, string>;
}

/**
 * Tables every service schema holds for the platform's libraries (messaging, audit, idempotency,
 * migrations), which write them in their own SQL: no service's typed query names them, and each
 * generated file describes only its own service's tables.
 */
const PLATFORM_TABLES = ['audit_log', 'idempotency_keys', 'inbox', 'outbox', 'outbox_listeners', 'migrations'];

const HEADER = (service: string) =>
  `// Written by \`npm run db:types\` from the migrated ${service} schema (tools/db-types.ts): run it again after changing a migration.\n`;

/** Writes each service's types to `out(service)`: the checked-in path, or the staleness test's temporary one. */
export async function generateDbTypes(out: (service: ServiceName, checkedIn: string) => string): Promise<void> {
  for (const [service, schema] of Object.entries(TYPED_SCHEMAS) as [ServiceName, TypedSchema][]) {
    const url = await createTestDatabase(`types_${service}`);
    try {
      await exec(process.execPath, ['-r', '@swc-node/register', join(root, 'apps', service, 'src', 'main.ts'), 'migrate'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
      });
      const file = out(service, join(root, schema.file));
      mkdirSync(dirname(file), { recursive: true });
      await codegen(service, schema, url, file);
      writeFileSync(file, HEADER(service) + readFileSync(file, 'utf8'));
    } finally {
      await dropTestDatabase(url);
    }
  }
}

async function codegen(service: ServiceName, schema: TypedSchema, url: string, file: string): Promise<void> {
  const bin = join(root, 'node_modules', 'kysely-codegen', 'dist', 'cli', 'bin.js');
  const args = [bin, '--dialect', 'postgres', '--url', url, '--default-schema', service, '--include-pattern', `${service}.*`];
  args.push('--exclude-pattern', `${service}.{${PLATFORM_TABLES.join(',')}}`, '--log-level', 'error', '--out-file', file);
  if (schema.columns) args.push('--overrides', JSON.stringify({ columns: schema.columns }));
  if (schema.imports) args.push('--custom-imports', JSON.stringify(schema.imports));
  await exec(process.execPath, args, { cwd: root });
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const dir = at > 0 ? resolve(process.argv[at + 1]) : undefined;
  generateDbTypes((service, checkedIn) => (dir ? join(dir, `${service}.ts`) : checkedIn)).then(
    () => process.stdout.write(`wrote ${dir ?? Object.values(TYPED_SCHEMAS).map((s) => s.file).join(', ')}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
