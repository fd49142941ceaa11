import { AuditTrail } from '@relais/auth';
import { coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { EscalationRepository } from '../persistence/escalation.repository';
import { ListEscalations } from './list-escalations';

describe('ListEscalations', () => {
  const escalations = mockOf<EscalationRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ListEscalations(fakeTx(), escalations, audit);

  it('pages the coordinator\'s work list and audits the read', async () => {
    escalations.list.mockResolvedValue({
      items: [{ id: 'e', referralId: null, reference: null, victimRef: 'V-7K3M9Q2XPA', identificationId: 'i', agencyId: null, need: 'shelter', urgent: false, region: 'kidal', cause: 'noCandidate', reroutedTo: null, escalatedAt: T0, version: 1, resolution: null }],
    });
    const page = await useCase.execute(coordinatorPrincipal, { cause: 'noCandidate' }, { limit: 20 });
    expect(page.items).toEqual([expect.objectContaining({ id: 'e', escalatedAt: T0.toISOString() })]);
    expect(page.next).toBeUndefined();
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'escalation.list', details: expect.objectContaining({ cause: 'noCandidate', returned: ['e'] }) }));
  });
});
