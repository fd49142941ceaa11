import { eventNeeds, needsFor } from './needs';

describe('needsFor', () => {
  it('adds child protection for a child, not urgent, after the officer’s needs', () => {
    expect(needsFor([{ need: 'medical', urgent: true }], true)).toEqual([
      { need: 'medical', urgent: true },
      { need: 'childProtection', urgent: false },
    ]);
  });

  it('keeps an existing child-protection need as the officer gave it', () => {
    expect(needsFor([{ need: 'childProtection', urgent: true }], true)).toEqual([{ need: 'childProtection', urgent: true }]);
  });

  it('adds nothing for an adult and merges duplicates, urgent if either was', () => {
    expect(needsFor([{ need: 'shelter', urgent: false }, { need: 'shelter', urgent: true }], false)).toEqual([{ need: 'shelter', urgent: true }]);
    expect(needsFor([], false)).toEqual([]);
  });
});

describe('eventNeeds', () => {
  it('says for every need whether the person consented to referral', () => {
    const needs = [{ need: 'medical' as const, urgent: true }, { need: 'childProtection' as const, urgent: false }];
    expect(eventNeeds(needs, { referral: false }).map((n) => n.referralConsented)).toEqual([false, false]);
    expect(eventNeeds(needs, { referral: true })).toEqual([
      { need: 'medical', urgent: true, referralConsented: true },
      { need: 'childProtection', urgent: false, referralConsented: true },
    ]);
  });
});
