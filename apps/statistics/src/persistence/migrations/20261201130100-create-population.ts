import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data loaded from versioned files at start-up: which version of each file is in the
 * database, and the census population by area (the country or a region) and sex. A figure the
 * source does not give is NULL, never an estimate.
 */
export class CreatePopulation1796130060000 implements MigrationInterface {
  name = 'CreatePopulation1796130060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_data (
        name text PRIMARY KEY,
        version text NOT NULL,
        checksum text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE population_figures (
        area text NOT NULL,
        sex text NOT NULL,
        population bigint,
        reference_year int NOT NULL,
        version text NOT NULL,
        source text NOT NULL,
        derived text,
        PRIMARY KEY (area, sex)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE population_figures');
    await q.query('DROP TABLE reference_data');
  }
}
