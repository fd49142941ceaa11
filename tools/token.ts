/**
 * Mints a development token signed with the local key (`<repo>/.relais/keys`, or AUTH_KEYS_DIR),
 * which the services trust when AUTH_JWKS_URL is unset. The token is the last line printed:
 *
 *   TOKEN=$(npm run -s token -- --role agency_caseworker --agency agency-bamako-shelter | tail -1)
 *   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3002/api/v1/referrals
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_TOKEN_TTL_SECONDS,
  INSTITUTIONS,
  LOCAL_MAX_TOKEN_LIFETIME_SECONDS,
  isInstitution,
  isRole,
  localKeysDir,
  localSigningKey,
  Principal,
  ROLES,
  TokenIssuer,
} from '@relais/auth';
import { repoRoot } from './lib/repo-root';

const USAGE = `usage: token --role <role> [--role <role>…] [--agency <id>] [--unit <id>] [--jurisdiction <id>]
             [--region <code>] [--institution <${INSTITUTIONS.join('|')}>] [--sub <id>] [--ttl <seconds>]
roles: ${ROLES.join(' ')}`;

function parse(argv: string[]): { claims: Principal; ttl: number } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      role: { type: 'string', multiple: true },
      agency: { type: 'string' },
      unit: { type: 'string' },
      jurisdiction: { type: 'string' },
      region: { type: 'string' },
      institution: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError('');
  const roles = values.role ?? [];
  if (roles.length === 0) throw new UsageError('--role is required');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new UsageError(`unknown role ${unknown.join(', ')}`);
  if (values.institution !== undefined && !isInstitution(values.institution)) {
    throw new UsageError(`unknown institution ${values.institution}`);
  }
  const ttl = values.ttl === undefined ? DEFAULT_TOKEN_TTL_SECONDS : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > LOCAL_MAX_TOKEN_LIFETIME_SECONDS) {
    throw new UsageError(`--ttl must be a whole number of seconds from 1 to ${LOCAL_MAX_TOKEN_LIFETIME_SECONDS} (the services refuse longer tokens)`);
  }

  const claims: Principal = {
    sub: values.sub ?? `dev-${roles[0]}`,
    roles: roles.filter(isRole),
    agencyId: values.agency,
    unitId: values.unit,
    jurisdiction: values.jurisdiction,
    region: values.region,
    institution: values.institution !== undefined && isInstitution(values.institution) ? values.institution : undefined,
  };
  return { claims, ttl };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  // Production services trust only the identity provider; a token from here would be refused
  // anyway, and a development key on a production host is a key someone will copy.
  if (process.env.NODE_ENV === 'production') {
    console.error('token: refused with NODE_ENV=production (tokens come from the identity provider; this command is for development)');
    process.exitCode = 2;
    return;
  }
  let parsed: { claims: Principal; ttl: number };
  try {
    parsed = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    if (error.message) console.error(`token: ${error.message}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { claims, ttl } = parsed;
  const key = await localSigningKey();
  const token = await new TokenIssuer({ key }).issueToken(claims, { expiresInSeconds: ttl });
  const described = Object.entries(claims)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(',') : value}`)
    .join(' ');
  console.log(`# ${described}; valid ${ttl}s; key ${key.kid} in ${relative(repoRoot(), localKeysDir()) || '.'}`);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
