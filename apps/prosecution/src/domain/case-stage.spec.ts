import { CASE_STAGES, CaseStage } from '@relais/contracts';
import { canTransition, isClosedStage, STAGE_TRANSITIONS } from './case-stage';

// The procedure written out independently of the implementation's table, one legal step per line.
const LEGAL: ReadonlyArray<[CaseStage, CaseStage]> = [
  ['reportReceived', 'preliminaryInvestigation'],
  ['reportReceived', 'judicialInvestigation'],
  ['reportReceived', 'committedForTrial'], // direct summons / immediate appearance on the police report
  ['reportReceived', 'dismissed'],
  ['preliminaryInvestigation', 'judicialInvestigation'],
  ['preliminaryInvestigation', 'committedForTrial'], // direct summons after inquiry
  ['preliminaryInvestigation', 'dismissed'],
  ['judicialInvestigation', 'committedForTrial'],
  ['judicialInvestigation', 'noCase'],
  ['committedForTrial', 'trial'],
  ['trial', 'judgment'],
  ['judgment', 'appeal'],
  ['judgment', 'final'], // no appeal lodged in time
  ['appeal', 'final'],
  ['dismissed', 'preliminaryInvestigation'], // a classement sans suite can be reversed
  ['dismissed', 'judicialInvestigation'],
  ['noCase', 'judicialInvestigation'], // reopening on new evidence
];

describe('case stage machine', () => {
  const pairs = CASE_STAGES.flatMap((from) => CASE_STAGES.map((to) => [from, to] as [CaseStage, CaseStage]));
  const legal = new Set(LEGAL.map(([a, b]) => `${a}>${b}`));

  it.each(pairs)('%s → %s is allowed exactly when the procedure allows it', (from, to) => {
    expect(canTransition(from, to)).toBe(legal.has(`${from}>${to}`));
  });

  it('covers every stage of the contract, and no other', () => {
    expect(Object.keys(STAGE_TRANSITIONS).sort()).toEqual([...CASE_STAGES].sort());
  });

  it('never lets a stage step to itself', () => {
    for (const stage of CASE_STAGES) expect(canTransition(stage, stage)).toBe(false);
  });

  it('walks the full path from the police report to a final judgment', () => {
    const path: CaseStage[] = [
      'reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial', 'judgment', 'appeal', 'final',
    ];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it('makes final the only stage nothing leaves', () => {
    const absorbing = CASE_STAGES.filter((s) => STAGE_TRANSITIONS[s].length === 0);
    expect(absorbing).toEqual(['final']);
  });

  it('reaches every stage from a new case', () => {
    const reached = new Set<CaseStage>(['reportReceived']);
    const queue: CaseStage[] = ['reportReceived'];
    while (queue.length) {
      for (const next of STAGE_TRANSITIONS[queue.shift()!]) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STAGES].sort());
  });

  it('treats final and the two exits as closed', () => {
    expect(CASE_STAGES.filter(isClosedStage).sort()).toEqual(['dismissed', 'final', 'noCase']);
  });
});
