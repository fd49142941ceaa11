import { loadConfig, ServiceConfig } from '@relais/platform';

export class NotificationsConfig extends ServiceConfig {
  override PORT = 3004;
}

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  return loadConfig('notifications', NotificationsConfig, {}, env);
}
