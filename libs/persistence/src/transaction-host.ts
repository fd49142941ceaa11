import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * One place that knows the current transaction. Use cases open (or join) a unit of work with
 * `run`; repositories ask for `manager` and so write inside it without passing it around; the
 * event consumer hands its own transaction in with `join` so a handler's effects, its outbox
 * events and the inbox record commit together.
 */
export class TransactionHost {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return isInTransaction(this.current.getStore());
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const ambient = this.current.getStore();
    if (ambient && isInTransaction(ambient)) return work(ambient);
    return this.dataSource.transaction((manager) => this.current.run(manager, () => work(manager)));
  }

  join<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    return this.current.run(manager, work);
  }
}

export function isInTransaction(manager: EntityManager | undefined): boolean {
  return manager?.queryRunner?.isTransactionActive === true;
}
