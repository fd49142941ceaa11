import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may point. A channel is configured by an agency's administrator, and the
 * service then POSTs from inside the platform's network: without a rule, that is a way to reach
 * the cloud's metadata service, the broker or another service's unauthenticated routes.
 */
export type TargetVerdict = 'allowed' | 'forbidden' | 'internal';

/** Never a receiver: link-local (cloud metadata lives here), unspecified, multicast, broadcast. */
const FORBIDDEN = new BlockList();
FORBIDDEN.addSubnet('0.0.0.0', 8, 'ipv4');
FORBIDDEN.addSubnet('169.254.0.0', 16, 'ipv4');
FORBIDDEN.addSubnet('224.0.0.0', 4, 'ipv4');
FORBIDDEN.addSubnet('240.0.0.0', 4, 'ipv4');
FORBIDDEN.addAddress('::', 'ipv6');
FORBIDDEN.addSubnet('fe80::', 10, 'ipv6');
FORBIDDEN.addSubnet('ff00::', 8, 'ipv6');
FORBIDDEN.addAddress('fd00:ec2::254', 'ipv6');

/** This machine and private networks: fine in development, refused in production unless allowed. */
const INTERNAL = new BlockList();
INTERNAL.addSubnet('127.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('10.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('172.16.0.0', 12, 'ipv4');
INTERNAL.addSubnet('192.168.0.0', 16, 'ipv4');
INTERNAL.addSubnet('100.64.0.0', 10, 'ipv4');
INTERNAL.addAddress('::1', 'ipv6');
INTERNAL.addSubnet('fc00::', 7, 'ipv6');

export interface TargetPolicy {
  /** Development: loopback and private addresses are allowed (test receivers run on 127.0.0.1). */
  allowInternal: boolean;
  /** Addresses or CIDR ranges allowed even in production (an agency's receiver on a private link). */
  allowList: BlockList;
}

export function verdictFor(address: string, policy: TargetPolicy): TargetVerdict {
  const ip = unmapped(address);
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(ip) === 0) return 'forbidden';
  if (FORBIDDEN.check(ip, family)) return 'forbidden';
  if (!INTERNAL.check(ip, family)) return 'allowed';
  return policy.allowInternal || policy.allowList.check(ip, family) ? 'allowed' : 'internal';
}

/** `::ffff:169.254.169.254` is 169.254.169.254: judge the IPv4 address it carries. */
function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1] : address;
}

/** `10.0.0.0/8, 192.168.4.20` → a BlockList; throws on an entry that is neither an address nor a range. */
export function allowListOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) throw new Error(`"${entry}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return list;
}
