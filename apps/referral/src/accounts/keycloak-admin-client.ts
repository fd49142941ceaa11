import { Inject, Injectable } from '@nestjs/common';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { Logger } from 'pino';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { ReferralConfig } from '../referral.config';

/** Renew the service account's token this long before Keycloak says it expires. */
const TOKEN_MARGIN_MS = 30_000;

export interface KeycloakResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Keycloak's admin REST API as the `relais-accounts` service account (client credentials). Every
 * failure that is not the caller's — Keycloak down or slow, our client refused, a 5xx — becomes
 * IDENTITY_PROVIDER_UNAVAILABLE (503): the service keeps serving everything else. Logs carry the
 * method, the path (ids only) and the status, never a body: bodies hold names and addresses.
 */
@Injectable()
export class KeycloakAdminClient {
  private token?: { value: string; expiresAt: number };
  private readonly base: string;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ReferralConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.base = config.KEYCLOAK_URL.replace(/\/+$/, '');
  }

  /** A call under `/admin/realms/<realm>`; 2xx, 400, 404 and 409 are the caller's to read. */
  async call(method: string, path: string, body?: unknown): Promise<KeycloakResponse> {
    let response = await this.send(method, path, body, await this.accessToken());
    if (response.status === 401) {
      // Our token was revoked or the realm's keys rotated: one fresh token, then give up.
      this.token = undefined;
      response = await this.send(method, path, body, await this.accessToken());
    }
    if (response.status >= 500 || response.status === 401 || response.status === 403) {
      this.logger.error({ method, path, status: response.status }, 'keycloak admin call failed: check the relais-accounts service account roles');
      throw unavailable();
    }
    return response;
  }

  /** GET returning the parsed body, or undefined on 404. */
  async get<T>(path: string): Promise<T | undefined> {
    const response = await this.call('GET', path);
    if (response.status === 404) return undefined;
    this.expect(response, 'GET', path, 200);
    return response.body as T;
  }

  /** Anything but the expected status is Keycloak misbehaving for us, not the caller's fault. */
  expect(response: KeycloakResponse, method: string, path: string, ...statuses: number[]): void {
    if (statuses.includes(response.status)) return;
    this.logger.error({ method, path, status: response.status }, 'keycloak admin call answered unexpectedly');
    throw unavailable();
  }

  private async send(method: string, path: string, body: unknown, token: string): Promise<KeycloakResponse> {
    const url = `${this.base}/admin/realms/${encodeURIComponent(this.config.KEYCLOAK_REALM)}${path}`;
    return this.fetch(method, path, url, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + TOKEN_MARGIN_MS) return this.token.value;
    const path = `/realms/${encodeURIComponent(this.config.KEYCLOAK_REALM)}/protocol/openid-connect/token`;
    const response = await this.fetch('POST', path, `${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.config.KEYCLOAK_ACCOUNTS_CLIENT_ID,
        client_secret: this.config.keycloakAccountsClientSecret,
      }).toString(),
    });
    const granted = response.body as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (response.status !== 200 || typeof granted?.access_token !== 'string') {
      this.logger.error({ status: response.status, clientId: this.config.KEYCLOAK_ACCOUNTS_CLIENT_ID }, 'keycloak refused the accounts client: check KEYCLOAK_ACCOUNTS_CLIENT_ID/SECRET');
      throw unavailable();
    }
    const lifetimeSeconds = typeof granted.expires_in === 'number' ? granted.expires_in : 60;
    this.token = { value: granted.access_token, expiresAt: Date.now() + lifetimeSeconds * 1000 };
    return this.token.value;
  }

  private async fetch(method: string, path: string, url: string, init: RequestInit): Promise<KeycloakResponse> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(this.config.KEYCLOAK_TIMEOUT_MS) });
      text = await response.text();
    } catch (error) {
      this.logger.warn({ method, path, reason: (error as Error).name }, 'keycloak unreachable');
      throw unavailable();
    }
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { status: response.status, headers: response.headers, body };
  }
}

function unavailable(): ReferralException {
  return new ReferralException(ReferralErrorCode.IdentityProviderUnavailable);
}
