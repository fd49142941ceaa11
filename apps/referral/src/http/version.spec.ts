import { ReferralErrorCode } from '../domain/referral-errors';
import { etag, expectedVersion } from './version';

describe('the version a change is based on', () => {
  it.each([
    [3, undefined, 3],
    [undefined, '"3"', 3],
    [undefined, 'W/"12"', 12],
    [undefined, ' 7 ', 7],
    [4, '"4"', 4],
  ])('body %p, If-Match %p → %p', (body, header, version) => {
    expect(expectedVersion(body, header)).toBe(version);
  });

  it.each([
    [undefined, undefined, ReferralErrorCode.VersionRequired, 428],
    [2, '"3"', ReferralErrorCode.VersionMismatch, 400],
    [undefined, '*', ReferralErrorCode.IfMatchInvalid, 400],
    [undefined, '"3", "4"', ReferralErrorCode.IfMatchInvalid, 400],
    [undefined, '"0"', ReferralErrorCode.IfMatchInvalid, 400],
    [undefined, '"3', ReferralErrorCode.IfMatchInvalid, 400],
  ])('body %p, If-Match %p → %s (%i)', (body, header, code, status) => {
    expect(() => expectedVersion(body, header)).toThrow(expect.objectContaining({ code, httpStatus: status }));
  });

  it('is sent back as a strong ETag', () => {
    expect(etag(5)).toBe('"5"');
  });
});
