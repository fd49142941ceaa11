import { validateSync } from 'class-validator';
import { IsE164, IsWebhookSecret } from './validators';

class Sample {
  @IsWebhookSecret()
  secret!: unknown;

  @IsE164()
  phone!: unknown;
}

const errors = (secret: unknown, phone: unknown) =>
  validateSync(Object.assign(new Sample(), { secret, phone })).map((e) => e.property);

describe('IsWebhookSecret', () => {
  const base64 = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
  it.each([
    [`whsec_${base64(24)}`, true],
    [`whsec_${base64(32)}`, true],
    [`whsec_${base64(64)}`, true],
    [`whsec_${base64(23)}`, false],
    [`whsec_${base64(65)}`, false],
    [base64(32), false],
    ['whsec_not base64!', false],
    ['whsec_', false],
    [42, false],
  ])('%s → %s', (secret, valid) => {
    expect(errors(secret, '+22376000000').includes('secret')).toBe(!valid);
  });
});

describe('IsE164', () => {
  it.each([
    ['+22376000000', true],
    ['+33612345678', true],
    ['22376000000', false],
    ['+223 76 00 00 00', false],
    ['+0123456789', false],
    ['+1234567', false],
    [22376000000, false],
  ])('%s → %s', (phone, valid) => {
    expect(errors(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, phone).includes('phone')).toBe(!valid);
  });
});
