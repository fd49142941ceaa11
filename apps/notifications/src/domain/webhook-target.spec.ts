import { allowListOf, TargetPolicy, verdictFor } from './webhook-target';

const production: TargetPolicy = { allowInternal: false, allowList: allowListOf([]) };
const development: TargetPolicy = { allowInternal: true, allowList: allowListOf([]) };

describe('verdictFor', () => {
  it.each(['169.254.169.254', '169.254.0.1', '::ffff:169.254.169.254', 'fd00:ec2::254', 'fe80::1', '0.0.0.0', '::', '224.0.0.1', '255.255.255.255'])(
    'always refuses %s, development included',
    (ip) => {
      expect(verdictFor(ip, development)).toBe('forbidden');
      expect(verdictFor(ip, production)).toBe('forbidden');
    },
  );

  it.each(['127.0.0.1', '127.1.2.3', '::1', '10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.1.10', '100.64.0.1', 'fd12:3456::1', '::ffff:127.0.0.1'])(
    'refuses %s in production, allows it in development',
    (ip) => {
      expect(verdictFor(ip, production)).toBe('internal');
      expect(verdictFor(ip, development)).toBe('allowed');
    },
  );

  it.each(['41.73.100.10', '196.200.1.1', '2001:db8::1', '172.32.0.1', '8.8.8.8'])('allows the public address %s', (ip) => {
    expect(verdictFor(ip, production)).toBe('allowed');
  });

  it('lets an allow-list open a private range in production, and nothing forbidden', () => {
    const policy: TargetPolicy = { allowInternal: false, allowList: allowListOf(['10.20.0.0/16', '192.168.4.20', '169.254.169.254']) };
    expect(verdictFor('10.20.3.4', policy)).toBe('allowed');
    expect(verdictFor('10.21.3.4', policy)).toBe('internal');
    expect(verdictFor('192.168.4.20', policy)).toBe('allowed');
    expect(verdictFor('169.254.169.254', policy)).toBe('forbidden');
  });

  it('refuses what is not an address', () => {
    expect(verdictFor('example.org', production)).toBe('forbidden');
  });

  it('refuses a malformed allow-list entry', () => {
    expect(() => allowListOf(['10.0.0.0/33'])).toThrow(/prefix/);
    expect(() => allowListOf(['intranet.local'])).toThrow(/not an IP address/);
  });
});
