import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';

/**
 * A transaction host that runs the work at once with a stand-in manager, for unit specs of a use
 * case's orchestration: real transactions are the medium and integration tiers' business.
 * `run` is a jest.fn so a spec may check that nothing was opened.
 */
export function immediateTransactions(manager: EntityManager = { marker: 'the transaction' } as unknown as EntityManager) {
  let runs = 0;
  const tx = {
    manager,
    dataSource: { manager },
    inTransaction: true,
    run: jest.fn(<T>(work: (m: EntityManager) => Promise<T>) => {
      runs += 1;
      return work(manager);
    }),
    join: <T>(_m: EntityManager, work: () => Promise<T>) => work(),
  } as unknown as TransactionHost;
  return { tx, manager, runs: () => runs };
}
