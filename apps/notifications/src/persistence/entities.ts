/**
 * TypeORM entities of the notifications schema: none. Every query needs ON CONFLICT, SKIP LOCKED
 * or claim tokens, so repositories speak SQL through TransactionHost, and rows map to domain types.
 */
export const NOTIFICATIONS_ENTITIES = [];
