import { DeliveryError, describeFailure, safeSummary } from './delivery-error';

describe('safeSummary', () => {
  it.each([
    ['SMTP 550 5.1.1 <aminata@example.org>: Recipient address rejected', 'SMTP 550 5.1.1 <[address]>: Recipient address rejected'],
    ['gateway said 400: invalid number +223 76 54 32 10', 'gateway said 400: invalid number [number]'],
    ['connect to http://user:pw@10.0.0.1/hook failed', 'connect to http://***@10.0.0.1/hook failed'],
    ['HTTP 503', 'HTTP 503'],
    ['timeout after 10000 ms', 'timeout after 10000 ms'],
  ])('%s → %s', (input, expected) => {
    expect(safeSummary(input)).toBe(expected);
  });

  it('keeps the record short', () => {
    expect(safeSummary('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('describeFailure', () => {
  it('keeps our own summaries and whether they are permanent', () => {
    expect(describeFailure(new DeliveryError('HTTP 410', true))).toEqual({ summary: 'HTTP 410', permanent: true });
  });

  it('reduces anything else to its class and code, never its message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525 for aminata@example.org'), { code: 'ECONNREFUSED' });
    expect(describeFailure(refused)).toEqual({ summary: 'Error ECONNREFUSED', permanent: false });
    const fetchFailure = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) });
    expect(describeFailure(fetchFailure)).toEqual({ summary: 'TypeError ECONNRESET', permanent: false });
    expect(describeFailure('weird')).toEqual({ summary: 'Error', permanent: false });
  });
});
