import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dispatcher was woken by every insert into `deliveries`, in-app inbox deliveries included,
 * which are complete as they are written and never sent. Under load its workers then polled the
 * table hundreds of times a second for nothing. Now only a delivery waiting to be sent wakes it
 * (pg_notify folds the rows of one transaction into one notification).
 */
export class WakeDispatcherOnlyForDeliveriesToSend1796907600000 implements MigrationInterface {
  name = 'WakeDispatcherOnlyForDeliveriesToSend1796907600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER deliveries_notify ON deliveries`);
    await q.query(`
      CREATE TRIGGER deliveries_notify AFTER INSERT ON deliveries
        FOR EACH ROW WHEN (NEW.status = 'pending') EXECUTE FUNCTION deliveries_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER deliveries_notify ON deliveries`);
    await q.query(`CREATE TRIGGER deliveries_notify AFTER INSERT ON deliveries FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify()`);
  }
}
