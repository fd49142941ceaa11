/** This service's own migrations, after the shared ones (PLATFORM_MIGRATIONS), oldest first. */
export const NOTIFICATIONS_MIGRATIONS = [];
