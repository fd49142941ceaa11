import { ReferralAccepted } from './referral-accepted.v1';
import { ReferralAcknowledged } from './referral-acknowledged.v1';
import { ReferralClosed } from './referral-closed.v1';
import { ReferralCreated } from './referral-created.v1';
import { ReferralDeclined } from './referral-declined.v1';
import { ReferralEscalated } from './referral-escalated.v1';

export * from './referral-accepted.v1';
export * from './referral-acknowledged.v1';
export * from './referral-base';
export * from './referral-closed.v1';
export * from './referral-created.v1';
export * from './referral-declined.v1';
export * from './referral-escalated.v1';

export const REFERRAL_EVENTS = [
  ReferralCreated, ReferralAcknowledged, ReferralAccepted, ReferralDeclined, ReferralEscalated, ReferralClosed,
] as const;
