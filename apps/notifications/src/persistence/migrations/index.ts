import { CreateDeliveries1796904000000 } from './20261210120000-create-deliveries';
import { CreateAccompanimentProjection1796904060000 } from './20261210120100-create-accompaniment-projection';
import { WakeDispatcherOnlyForDeliveriesToSend1796907600000 } from './20261210130000-wake-dispatcher-only-for-deliveries-to-send';

/** The notifications schema's own migrations, in order (the platform's come first). */
export const NOTIFICATIONS_MIGRATIONS = [
  CreateDeliveries1796904000000,
  CreateAccompanimentProjection1796904060000,
  WakeDispatcherOnlyForDeliveriesToSend1796907600000,
];
