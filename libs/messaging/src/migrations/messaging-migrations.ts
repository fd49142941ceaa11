import { CreateMessagingTables1796083260000 } from './20261201000100-create-messaging-tables';
import { NotifyOnlyListeningRelays1796601660000 } from './20261207000100-notify-only-listening-relays';

/**
 * Every messaging migration, oldest first: the list services migrate with (PLATFORM_MIGRATIONS).
 * It lives here because a migration file, once released, is never edited; the first file's own
 * one-entry list is no longer exported.
 */
export const MESSAGING_MIGRATIONS = [CreateMessagingTables1796083260000, NotifyOnlyListeningRelays1796601660000];
