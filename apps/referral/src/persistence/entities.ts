/** TypeORM entities of the referral schema. */
export const REFERRAL_ENTITIES = [];
