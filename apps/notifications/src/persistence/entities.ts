/** TypeORM entities of the notifications schema. */
export const NOTIFICATIONS_ENTITIES = [];
