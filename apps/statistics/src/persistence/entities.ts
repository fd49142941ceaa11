/** TypeORM entities of the statistics schema. */
export const STATISTICS_ENTITIES = [];
