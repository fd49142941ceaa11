import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { OfficeDirectory } from '../domain/office-directory';
import { rows } from './sql';

/** The office directory's copy in the database, so cases can reference offices by foreign key. */
@Injectable()
export class OfficeRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Makes the tables say what the file says. Offices the file no longer lists are kept but
   * inactive (cases still point at them); routes are replaced. Safe to run on every start and
   * from several instances at once (serialised by an advisory lock).
   */
  async sync(directory: OfficeDirectory): Promise<void> {
    await this.tx.run(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('relais.prosecution.offices'))`);
      for (const o of directory.offices) {
        await rows(
          manager,
          `INSERT INTO offices (id, kind, seat, name_fr, name_en, court_fr, court_en, confirmed, active, data_version)
           VALUES (:id, :kind, :seat, :nameFr, :nameEn, :courtFr, :courtEn, :confirmed, true, :version)
           ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, seat = EXCLUDED.seat, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en,
             court_fr = EXCLUDED.court_fr, court_en = EXCLUDED.court_en, confirmed = EXCLUDED.confirmed, active = true,
             data_version = EXCLUDED.data_version`,
          {
            id: o.id, kind: o.kind, seat: o.seat, nameFr: o.name.fr, nameEn: o.name.en, courtFr: o.court.fr, courtEn: o.court.en,
            confirmed: o.confirmed, version: directory.version,
          },
        );
      }
      await rows(manager, `UPDATE offices SET active = false WHERE id <> ALL(:ids)`, { ids: directory.offices.map((o) => o.id) });
      await manager.query(`DELETE FROM office_routes`);
      for (const r of directory.routes) {
        await rows(manager, `INSERT INTO office_routes (region, cercle, office_id, basis) VALUES (:region, :cercle, :officeId, :basis)`, {
          region: r.region,
          cercle: r.cercle ?? '',
          officeId: r.officeId,
          basis: r.basis,
        });
      }
      await this.recordVersion('prosecutor-offices', directory.version, directory.file.source);
    });
  }

  async recordVersion(name: string, version: string, source: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO reference_data (name, version, source) VALUES (:name, :version, :source)
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, source = EXCLUDED.source,
         loaded_at = CASE WHEN reference_data.version = EXCLUDED.version THEN reference_data.loaded_at ELSE now() END`,
      { name, version, source },
    );
  }
}
