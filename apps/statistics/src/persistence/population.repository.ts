import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { PopulationFigure, PopulationTable } from '../domain/population';

export const POPULATION_DATA = 'population';

export interface StoredPopulation {
  version: string;
  referenceYear: number;
  figures: PopulationFigure[];
}

/** The census population table, loaded from its versioned file. */
@Injectable()
export class PopulationRepository {
  constructor(private readonly tx: TransactionHost) {}

  async loadedChecksum(manager: EntityManager): Promise<{ version: string; checksum: string } | undefined> {
    const [row] = await manager.query('SELECT version, checksum FROM reference_data WHERE name = $1 FOR UPDATE', [POPULATION_DATA]);
    return row;
  }

  async replace(manager: EntityManager, table: PopulationTable): Promise<void> {
    await manager.query('DELETE FROM population_figures');
    await manager.query(
      `INSERT INTO population_figures (area, sex, population, reference_year, version, source, derived)
       SELECT f.area, f.sex, f.population, $1, $2, f.source, f.derived
         FROM unnest($3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[]) AS f(area, sex, population, source, derived)`,
      [
        table.referenceYear, table.version, table.figures.map((f) => f.area), table.figures.map((f) => f.sex),
        table.figures.map((f) => f.population), table.figures.map((f) => f.source), table.figures.map((f) => f.derived),
      ],
    );
    await manager.query(
      `INSERT INTO reference_data (name, version, checksum, loaded_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at`,
      [POPULATION_DATA, table.version, table.checksum],
    );
  }

  async current(manager: EntityManager = this.tx.manager): Promise<StoredPopulation | undefined> {
    const rows: { area: string; sex: PopulationFigure['sex']; population: string | null; reference_year: number; version: string; source: string; derived: string | null }[] =
      await manager.query('SELECT area, sex, population, reference_year, version, source, derived FROM population_figures ORDER BY area, sex');
    if (!rows.length) return undefined;
    return {
      version: rows[0].version,
      referenceYear: rows[0].reference_year,
      figures: rows.map((r) => ({ area: r.area, sex: r.sex, population: r.population === null ? null : Number(r.population), source: r.source, derived: r.derived })),
    };
  }
}
