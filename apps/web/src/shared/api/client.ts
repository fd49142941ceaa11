import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as IntakePaths } from './intake';
import type { paths as NotificationsPaths } from './notifications';
import type { paths as ProsecutionPaths } from './prosecution';
import type { paths as ReferralPaths } from './referral';
import type { paths as StatisticsPaths } from './statistics';

/**
 * One typed client per service, through the gateway: `api.referral.GET('/v1/referrals')` calls
 * `/api/referral/v1/referrals`. The types come from docs/openapi (`npm run openapi`).
 */

/** Returns the current access token, or nothing when signed out. The app's sign-in owns the token; nothing here keeps it. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;
/** The language the person reads (`fr` or `en`): the services answer errors in it. */
export type LanguageProvider = () => string;

let tokenProvider: TokenProvider = () => undefined;
let languageProvider: LanguageProvider = () => 'fr';

export function setTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

export function setLanguageProvider(provider: LanguageProvider): void {
  languageProvider = provider;
}

// Asked on every request, so a renewed token or a changed language applies at once.
const credentials: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', languageProvider());
    return request;
  },
};

/** `origin` is empty in the browser (same origin as the gateway); tests give the server they run. */
export function createServiceClient<Paths extends object>(service: string, origin = ''): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: `${origin}/api/${service}` });
  client.use(credentials);
  return client;
}

export function createApi(origin = '') {
  return {
    intake: createServiceClient<IntakePaths>('intake', origin),
    referral: createServiceClient<ReferralPaths>('referral', origin),
    prosecution: createServiceClient<ProsecutionPaths>('prosecution', origin),
    notifications: createServiceClient<NotificationsPaths>('notifications', origin),
    statistics: createServiceClient<StatisticsPaths>('statistics', origin),
  };
}

export type Api = ReturnType<typeof createApi>;

export const api: Api = createApi();
