import type { DomainErrors } from '@relais/contracts';

export interface ErrorTable<C extends string> {
  errors: DomainErrors<C>;
  /** Every code of the service's enum, e.g. `Object.values(ReferralErrorCode)`. */
  codes: readonly C[];
  /** Written out, not derived: the web app, the catalogues and the integration tests rely on each pair. */
  expected: Record<C, number>;
  catalogues: { fr: Record<string, string>; en: Record<string, string> };
}

/**
 * One service's business refusals as its clients rely on them: exactly these codes, each with its
 * HTTP status on the exception, and a text in French and English under `errors.<code>`.
 */
export function describeErrorTable<C extends string>(service: string, { errors, codes, expected, catalogues }: ErrorTable<C>): void {
  describe(`${service} errors`, () => {
    it('declares exactly the expected codes, each with its status', () => {
      expect(errors.statuses).toEqual(expected);
      expect([...errors.codes].sort()).toEqual([...codes].sort());
    });

    it.each([...codes])('%s has its status on the exception and a text in French and English', (code) => {
      expect(new errors.Exception(code).httpStatus).toBe(expected[code]);
      expect(catalogues.fr[`errors.${code}`]).toEqual(expect.any(String));
      expect(catalogues.en[`errors.${code}`]).toEqual(expect.any(String));
    });

    it('keeps both catalogues on the same keys', () => {
      expect(Object.keys(catalogues.fr).sort()).toEqual(Object.keys(catalogues.en).sort());
    });
  });
}
