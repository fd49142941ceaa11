import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP, LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { allowListOf, TargetPolicy, TargetVerdict, verdictFor } from '../domain/webhook-target';
import { NotificationsConfig } from '../notifications.config';

export type CheckVerdict = TargetVerdict | 'unresolvable';

/**
 * Judges a webhook's host by every address it resolves to, when the channel is saved and again
 * when each delivery connects: the connection goes to the address that was judged, so a name
 * that resolves to a public address at save time and to 169.254.169.254 later (DNS rebinding)
 * gets nowhere.
 */
@Injectable()
export class WebhookTargetGuard {
  private readonly policy: TargetPolicy;

  constructor(@Inject(SERVICE_CONFIG) config: NotificationsConfig) {
    this.policy = {
      allowInternal: config.NODE_ENV !== 'production',
      allowList: allowListOf((config.WEBHOOK_ALLOWED_TARGETS ?? '').split(',').filter(Boolean)),
    };
  }

  async check(url: string): Promise<CheckVerdict> {
    const host = hostOf(url);
    let addresses: LookupAddress[];
    try {
      addresses = await resolve(host);
    } catch {
      return 'unresolvable';
    }
    return this.judge(addresses.map((a) => a.address));
  }

  /** For http.request's `lookup`: resolves, and fails the connection unless every address is allowed. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const verdict = this.judge(addresses.map((a) => a.address));
        if (verdict !== 'allowed') return callback(Object.assign(new Error(`webhook target refused (${verdict})`), { code: 'ETARGETREFUSED' }), '', 4);
        const chosen = addresses[0];
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [chosen]);
        callback(null, chosen.address, chosen.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };

  private judge(addresses: string[]): TargetVerdict {
    if (addresses.length === 0) return 'forbidden';
    const verdicts = addresses.map((address) => verdictFor(address, this.policy));
    if (verdicts.includes('forbidden')) return 'forbidden';
    if (verdicts.includes('internal')) return 'internal';
    return 'allowed';
  }
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

function resolve(host: string): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare)) return Promise.resolve([{ address: bare, family: isIP(bare) }]);
  return new Promise((resolvePromise, reject) =>
    dnsLookup(bare, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolvePromise(addresses))),
  );
}
