/** TypeORM entities of the prosecution schema. */
export const PROSECUTION_ENTITIES = [];
