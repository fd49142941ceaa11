/**
 * Where to sign in, read at start from /config.json beside the app rather than baked into the
 * build: the same build then runs on a laptop, in CI and behind the ministry's host name, and an
 * operator changes the identity provider by replacing one file (or a ConfigMap), not by rebuilding.
 * The service worker keeps the last copy so the app still starts offline.
 */
export interface RuntimeConfig {
  issuer: string;
  clientId: string;
}

export const DEFAULT_CONFIG: RuntimeConfig = {
  issuer: 'http://127.0.0.1:8080/realms/relais',
  clientId: 'relais-web',
};

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof RuntimeConfig, unknown>>;
  return {
    issuer: typeof value.issuer === 'string' && value.issuer ? value.issuer.replace(/\/$/, '') : DEFAULT_CONFIG.issuer,
    clientId: typeof value.clientId === 'string' && value.clientId ? value.clientId : DEFAULT_CONFIG.clientId,
  };
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
    return parseRuntimeConfig(response.ok ? await response.json() : undefined);
  } catch {
    return DEFAULT_CONFIG;
  }
}
