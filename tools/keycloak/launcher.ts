import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../lib/repo-root';
import { DEMO_PASSWORD, demoAccounts, REALM } from './realm';

/** npm start's part of Keycloak: start the local one unless another provider is configured. */
const script = join(repoRoot(), 'deploy', 'keycloak', 'keycloak.sh');
export const LOCAL_KEYCLOAK_URL = 'http://127.0.0.1:8080';
const LOCAL_ISSUER = `${LOCAL_KEYCLOAK_URL}/realms/${REALM}`;

/**
 * Starts the local Keycloak (unless AUTH_JWKS_URL/AUTH_ISSUER name another provider, or it
 * already runs) and points the services at it through AUTH_ISSUER/AUTH_JWKS_URL. The services
 * fetch the JWKS on the first request, so they start meanwhile: `ready` settles when the realm
 * answers. `started` tells whether this launcher must stop it.
 */
export function startKeycloak(env: NodeJS.ProcessEnv = process.env): { started: boolean; ready: Promise<void> } {
  const configured = env.AUTH_JWKS_URL ?? env.AUTH_ISSUER;
  if (configured && !configured.startsWith(LOCAL_ISSUER)) {
    console.log(`Using the identity provider at ${env.AUTH_ISSUER ?? env.AUTH_JWKS_URL} (AUTH_ISSUER / AUTH_JWKS_URL).`);
    return { started: false, ready: Promise.resolve() };
  }
  env.AUTH_ISSUER = LOCAL_ISSUER;
  env.AUTH_JWKS_URL = `${LOCAL_ISSUER}/protocol/openid-connect/certs`;
  // The development realm's example partner system, beside the web app and the scripts' client.
  env.AUTH_ALLOWED_CLIENTS ??= 'relais-web,relais-dev,partner-ngo-demo';
  try {
    execFileSync('bash', [script, 'status'], { stdio: 'ignore' });
    console.log(`A local Keycloak is already running on ${LOCAL_KEYCLOAK_URL}: using it (it will be left running).`);
    return { started: false, ready: Promise.resolve() };
  } catch {
    console.log('Starting the local Keycloak (first time: fetching it from Maven Central and building it, about a minute)…');
    const ready = new Promise<void>((resolve, reject) => {
      const child = spawn('bash', [script, 'start'], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`deploy/keycloak/keycloak.sh start failed (exit ${code})`))));
    });
    return { started: true, ready };
  }
}

export function stopKeycloak(): void {
  execFileSync('bash', [script, 'stop'], { stdio: 'inherit' });
}

/** The sign-in lines of npm start's welcome: the login URL and the demo accounts. */
export function keycloakWelcome(webUrl: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.AUTH_ISSUER !== LOCAL_ISSUER) return [`  ${'keycloak'.padEnd(14)} ${env.AUTH_ISSUER ?? '(none)'}`];
  const accounts = demoAccounts();
  return [
    `  ${'keycloak'.padEnd(14)} ${LOCAL_ISSUER}   admin console ${LOCAL_KEYCLOAK_URL}/admin (relais-admin / relais-admin-dev)`,
    '',
    `Sign in at ${webUrl} with a demo account (password "${DEMO_PASSWORD}"); account page ${LOCAL_ISSUER}/account`,
    ...accounts.map((a) => `  ${a.username.padEnd(26)} ${a.label}`),
  ];
}
