import { Delivered } from './delivered.v1';
import { DeliveryFailed } from './delivery-failed.v1';

export * from './delivered.v1';
export * from './delivery-base';
export * from './delivery-failed.v1';

export const NOTIFICATIONS_EVENTS = [Delivered, DeliveryFailed] as const;
