import { Need, REGIONS } from '@relais/contracts';
import { defaultRules, demoDirectory } from '../../test/reference-data';
import { Expected, need, ROUTING_CASES, RoutingCase } from '../../test/routing-cases';
import { Agency } from './agency';
import { candidatesFor, effectiveNeeds, mayRefer, route, RoutingSubject } from './routing';

function directoryFor(c: RoutingCase): Agency[] {
  const base = demoDirectory().map((a) => ({
    ...a,
    active: !(c.directory?.inactive ?? []).includes(a.id),
    capacity: a.capacity && c.directory?.available?.[a.id] !== undefined ? { ...a.capacity, available: c.directory.available[a.id] } : a.capacity,
  }));
  const extra = (c.unitOnly?.extraAgencies ?? []).map((partial) => {
    const model = base.find((a) => partial.id?.startsWith(a.id));
    if (!model) throw new Error(`no demo agency to copy for ${partial.id}`);
    return { ...model, ...partial } as Agency;
  });
  return [...base, ...extra];
}

function subjectOf(c: RoutingCase): RoutingSubject {
  return { ...c.person, languages: c.person.languages ?? [], needs: c.needs };
}

function decisionsOf(c: RoutingCase): Partial<Record<Need, Expected>> {
  const load = new Map(Object.entries(c.unitOnly?.load ?? {}));
  const decisions = route(subjectOf(c), directoryFor(c), defaultRules(), load);
  return Object.fromEntries(
    decisions.map((d) => [d.need, d.kind === 'refer' ? d.agency.id : d.kind === 'noCandidate' ? 'noCandidate' : 'notReferred']),
  );
}

describe('routing table (demo directory, default rules)', () => {
  it('has at least 20 cases, every one also run end to end except those needing a set load', () => {
    expect(ROUTING_CASES.length).toBeGreaterThanOrEqual(20);
    expect(ROUTING_CASES.filter((c) => !c.unitOnly).length).toBeGreaterThanOrEqual(20);
  });

  it.each(ROUTING_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(decisionsOf(c)).toEqual(c.expect);
  });
});

describe('routing policy', () => {
  const adult: RoutingSubject = { region: 'bamako', sex: 'female', isMinor: false, languages: [], needs: [] };

  it('adds child protection for every child, and only for children', () => {
    expect(effectiveNeeds({ isMinor: true, needs: [] }).map((n) => n.need)).toEqual(['childProtection']);
    expect(effectiveNeeds({ isMinor: false, needs: [] })).toEqual([]);
  });

  it('merges a need listed twice: urgent if either is, consented if either is', () => {
    const merged = effectiveNeeds({ isMinor: false, needs: [need('medical', { consented: false }), need('medical', { urgent: true })] });
    expect(merged).toEqual([{ need: 'medical', urgent: true, referralConsented: true }]);
  });

  it('refers a child to child protection and an urgent medical need without consent, nothing else', () => {
    expect(mayRefer({ isMinor: true }, need('childProtection', { consented: false }))).toBe(true);
    expect(mayRefer({ isMinor: false }, need('childProtection', { consented: false }))).toBe(false);
    expect(mayRefer({ isMinor: false }, need('medical', { urgent: true, consented: false }))).toBe(true);
    expect(mayRefer({ isMinor: true }, need('shelter', { urgent: true, consented: false }))).toBe(false);
    expect(mayRefer({ isMinor: false }, need('shelter'))).toBe(true);
  });

  it('lists local candidates before national ones, and leaves out those already tried', () => {
    const subject = { ...adult, needs: [need('psychosocial')] };
    const ids = candidatesFor(subject, need('psychosocial'), demoDirectory(), defaultRules(), new Map()).map((a) => a.id);
    expect(ids).toEqual(['demo-psychosocial-bamako', 'demo-shelter-bamako-women', 'demo-psychosocial-national']);
    const next = candidatesFor(subject, need('psychosocial'), demoDirectory(), defaultRules(), new Map(), ['demo-psychosocial-bamako']);
    expect(next.map((a) => a.id)).toEqual(['demo-shelter-bamako-women', 'demo-psychosocial-national']);
  });

  it('never picks an agency whose type the rules do not allow for the need, even if it lists the service', () => {
    const rules = defaultRules();
    rules.needs.shelter = { agencyTypes: [{ type: 'Shelter', priority: 1 }] };
    const ids = candidatesFor({ ...adult, sex: 'male', needs: [] }, need('shelter'), demoDirectory(), rules, new Map()).map((a) => a.id);
    expect(ids).toEqual([]);
  });

  it('gives every region of the country a child-protection candidate', () => {
    for (const region of REGIONS) {
      const [best] = candidatesFor({ ...adult, region, isMinor: true }, need('childProtection'), demoDirectory(), defaultRules(), new Map());
      expect(best?.id).toBe(`demo-cp-${region}`);
    }
  });

  it('is pure: the same input gives the same answer, whatever the directory order', () => {
    const subject: RoutingSubject = { ...adult, needs: [need('shelter'), need('psychosocial'), need('legalAid')] };
    const directory = demoDirectory();
    const forward = route(subject, directory, defaultRules(), new Map());
    const backward = route(subject, [...directory].reverse(), defaultRules(), new Map());
    expect(backward).toEqual(forward);
  });
});
