/**
 * TypeORM entities of the referral schema: none. The repositories write SQL through the current
 * transaction's EntityManager (row locks, SKIP LOCKED, ON CONFLICT, arrays), and map rows to the
 * domain types themselves.
 */
export const REFERRAL_ENTITIES = [];
