/** TypeORM entities of the intake schema. */
export const INTAKE_ENTITIES = [];
