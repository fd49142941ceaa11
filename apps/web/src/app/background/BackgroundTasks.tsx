import { useEffect } from 'react';
import { useAuth } from '../auth/use-auth';
import { dueTasks } from './due';
import { BACKGROUND_TASKS } from './tasks';

/**
 * Runs the areas' background tasks for the signed-in person, once per session and whatever
 * screen is shown; stops them when that person signs out or another signs in. Only while signed
 * in with a token: after an offline start, the tasks start when the session is picked up again.
 */
export function BackgroundTasks() {
  const { user, status, accessToken } = useAuth();
  const sub = status === 'signedIn' ? user?.sub : undefined;
  const names = dueTasks(BACKGROUND_TASKS, user?.roles ?? [])
    .map((task) => task.name)
    .join(',');

  useEffect(() => {
    if (!sub || !names) return undefined;
    let stopped = false;
    const stops: (() => void)[] = [];
    for (const task of BACKGROUND_TASKS.filter((t) => names.split(',').includes(t.name))) {
      task
        .load()
        .then(({ start }) => {
          if (!stopped) stops.push(start({ sub, accessToken }));
        })
        .catch((error: unknown) => console.error(`background task ${task.name} not started`, error instanceof Error ? error.name : ''));
    }
    return () => {
      stopped = true;
      for (const stop of stops) stop();
    };
  }, [sub, names, accessToken]);

  return null;
}
