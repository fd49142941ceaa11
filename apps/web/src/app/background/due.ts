import type { Role } from '../auth/roles';
import type { BackgroundTask } from './types';

/** The tasks a person's roles call for, in a stable order. */
export function dueTasks(tasks: readonly BackgroundTask[], roles: readonly Role[]): BackgroundTask[] {
  return tasks.filter((task) => task.roles.some((role) => roles.includes(role))).sort((a, b) => a.name.localeCompare(b.name));
}
