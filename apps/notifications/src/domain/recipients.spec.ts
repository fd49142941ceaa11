import { channelsFor, resolveRecipient } from './recipients';

describe('channelsFor', () => {
  const all = { webhook: true, email: true, sms: true };
  it.each([
    ['all', all, ['inbox', 'webhook', 'email', 'sms']],
    ['all', { webhook: false, email: true, sms: false }, ['inbox', 'email']],
    ['all', undefined, ['inbox']],
    ['inbox', all, ['inbox']],
  ] as const)('%s with %j → %j', (reach, configured, expected) => {
    expect(channelsFor(reach, configured)).toEqual(expected);
  });
});

describe('resolveRecipient', () => {
  it.each([
    ['agency-1', undefined, { kind: 'agency', id: 'agency-1' }],
    ['tgi-mopti', 'office', { kind: 'office', id: 'tgi-mopti' }],
    ['coordinator', undefined, { kind: 'coordinator', id: 'coordinator' }],
    ['coordinator', 'coordinator', { kind: 'coordinator', id: 'coordinator' }],
    ['coordinator', 'agency', undefined],
    ['agency-1', 'coordinator', undefined],
  ] as const)('%s as %s → %j', (id, kind, expected) => {
    expect(resolveRecipient(id, kind)).toEqual(expected);
  });
});
