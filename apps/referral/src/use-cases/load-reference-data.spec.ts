import { AuditTrail } from '@relais/auth';
import { config, fakeTx, MANAGER, mockOf, silentLogger, T0 } from '../../test/doubles';
import { defaultRules } from '../../test/reference-data';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferenceDataRepository } from '../persistence/reference-data.repository';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { ShippedReferenceFiles } from '../reference-data/reference-files';
import { LoadReferenceData } from './load-reference-data';

describe('LoadReferenceData', () => {
  const loads = mockOf<ReferenceDataRepository>();
  const rules = mockOf<RoutingRulesRepository>();
  const agencies = mockOf<AgencyRepository>();
  const audit = mockOf<AuditTrail>();
  const make = (demo: boolean | undefined, env = 'development') =>
    new LoadReferenceData(fakeTx(), loads, rules, agencies, audit, new ShippedReferenceFiles(), config({ LOAD_DEMO_DIRECTORY: demo, NODE_ENV: env }), silentLogger);

  beforeEach(() => {
    jest.clearAllMocks();
    rules.lockHead.mockResolvedValue(0);
    rules.insert.mockImplementation(async (version, r, source, by, at) => ({ version, rules: r, source, createdBy: by, createdAt: at }));
    agencies.insert.mockResolvedValue(true);
  });

  it('loads the rules file as the first version, and the demo directory marked as demo', async () => {
    loads.claim.mockResolvedValue(true);
    expect(await make(undefined).execute(T0)).toEqual({ rulesVersion: 1, agenciesAdded: 33 });
    expect(loads.claim.mock.calls).toEqual([['routing-rules', '2026.1'], ['demo-directory', '2026.1']]);
    expect(rules.insert).toHaveBeenCalledWith(1, defaultRules(), 'file:routing-rules.json@2026.1', 'system:referral', T0);
    expect(agencies.insert.mock.calls.every(([a]) => a.demo && a.version === 1)).toBe(true);
    expect(audit.append.mock.calls.map(([m, e]) => [m, e.action])).toEqual([[MANAGER, 'routing-rules.load'], [MANAGER, 'directory.load']]);
  });

  it('loads nothing a second time', async () => {
    loads.claim.mockResolvedValue(false);
    expect(await make(true).execute(T0)).toEqual({ rulesVersion: null, agenciesAdded: null });
    expect(rules.insert).not.toHaveBeenCalled();
    expect(agencies.insert).not.toHaveBeenCalled();
  });

  it('never loads invented agencies in production unless told to', async () => {
    loads.claim.mockResolvedValue(true);
    expect(await make(undefined, 'production').execute(T0)).toEqual({ rulesVersion: 1, agenciesAdded: null });
    expect(await make(false).execute(T0)).toEqual({ rulesVersion: 1, agenciesAdded: null });
    expect(agencies.insert).not.toHaveBeenCalled();
  });

  it('counts only the agencies it added (one already there is left as edited)', async () => {
    loads.claim.mockResolvedValue(true);
    agencies.insert.mockResolvedValueOnce(false);
    expect((await make(true).execute(T0)).agenciesAdded).toBe(32);
  });
});
