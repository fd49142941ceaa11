import { defaultRules } from '../../test/reference-data';
import { ReferralErrorCode } from './referral-errors';
import { deadlineMinutes, RoutingRules, validateRules } from './routing-rules';

describe('deadlines (issue 5 defaults, from data/routing-rules.json)', () => {
  const rules = defaultRules();

  it.each([
    ['medical', true, 120],
    ['medical', false, 4320],
    ['shelter', false, 360],
    ['shelter', true, 360],
    ['childProtection', false, 1440],
    ['legalAid', true, 4320],
    ['interpretation', false, 4320],
  ] as const)('%s (urgent: %s): %i minutes to acknowledge, as many to accept', (need, urgent, minutes) => {
    expect(deadlineMinutes(rules, need, urgent, 'acknowledge')).toBe(minutes);
    expect(deadlineMinutes(rules, need, urgent, 'accept')).toBe(minutes);
  });

  it('takes the most specific rule: need and urgency, then need, then urgency, then the default', () => {
    const custom: RoutingRules = {
      ...rules,
      deadlines: [
        { acknowledgeMinutes: 1000, acceptMinutes: 1001 },
        { urgent: true, acknowledgeMinutes: 100, acceptMinutes: 101 },
        { need: 'shelter', acknowledgeMinutes: 50, acceptMinutes: 51 },
        { need: 'shelter', urgent: true, acknowledgeMinutes: 10, acceptMinutes: 11 },
      ],
    };
    expect(deadlineMinutes(custom, 'shelter', true, 'accept')).toBe(11);
    expect(deadlineMinutes(custom, 'shelter', false, 'accept')).toBe(51);
    expect(deadlineMinutes(custom, 'legalAid', true, 'accept')).toBe(101);
    expect(deadlineMinutes(custom, 'legalAid', false, 'acknowledge')).toBe(1000);
  });
});

describe('rules consistency', () => {
  it('accepts the shipped rules', () => {
    expect(() => validateRules(defaultRules())).not.toThrow();
  });

  it('needs exactly one default deadline and no two rules for the same case', () => {
    const rules = defaultRules();
    const broken = { ...rules, deadlines: [...rules.deadlines.filter((d) => d.need), rules.deadlines[0]] };
    expect(() => validateRules(broken)).toThrow(
      expect.objectContaining({
        code: ReferralErrorCode.RulesInvalid,
        params: {
          problems: [
            'deadlines: exactly one default rule (without need and urgent) is required',
            'deadlines: more than one rule for need medical, urgent true',
          ],
        },
      }),
    );
  });

  it('refuses a type listed twice for a need', () => {
    const rules = defaultRules();
    rules.needs.medical = { agencyTypes: [{ type: 'HealthService', priority: 1 }, { type: 'HealthService', priority: 2 }] };
    expect(() => validateRules(rules)).toThrow(expect.objectContaining({ params: { problems: ['needs.medical.agencyTypes: a type is listed twice'] } }));
  });
});
