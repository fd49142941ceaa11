import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An agency administrator's change to its routing scope (services, regions, acceptance) waits here
 * for the coordinator: applied at once it would let an agency route victims from anywhere to itself.
 */
export class CreateAgencyChangeRequests1796639400000 implements MigrationInterface {
  name = 'CreateAgencyChangeRequests1796639400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_change_requests (
        id            uuid PRIMARY KEY,
        agency_id     text NOT NULL REFERENCES agencies (id),
        changes       jsonb NOT NULL,
        status        text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by  text NOT NULL,
        requested_at  timestamptz NOT NULL,
        decided_by    text,
        decided_at    timestamptz,
        reason        text,
        version       integer NOT NULL,
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX agency_change_requests_pending_idx ON agency_change_requests (agency_id, requested_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE agency_change_requests');
  }
}
