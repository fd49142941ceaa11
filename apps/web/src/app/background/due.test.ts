import { describe, expect, it } from 'vitest';
import { dueTasks } from './due';
import type { BackgroundTask } from './types';

const load = () => Promise.resolve({ start: () => () => undefined });
const tasks: BackgroundTask[] = [
  { name: 'officer-outbox-sync', roles: ['police_officer', 'police_supervisor'], load },
  { name: 'agency-inbox', roles: ['agency_caseworker'], load },
];

describe('background tasks', () => {
  it('runs a task only for the roles that declare it', () => {
    expect(dueTasks(tasks, ['police_supervisor']).map((t) => t.name)).toEqual(['officer-outbox-sync']);
    expect(dueTasks(tasks, ['agency_caseworker', 'police_officer']).map((t) => t.name)).toEqual(['agency-inbox', 'officer-outbox-sync']);
    expect(dueTasks(tasks, ['prosecutor'])).toEqual([]);
  });
});
