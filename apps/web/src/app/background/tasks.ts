import type { BackgroundTask } from './types';

// Each area may declare work that outlives its screens in src/features/<area>/background.ts
// (`export const background: BackgroundTask[]`), found at build time like routes.ts.
const areas = import.meta.glob<readonly BackgroundTask[]>('../../features/*/background.ts', { eager: true, import: 'background' });

export const BACKGROUND_TASKS: readonly BackgroundTask[] = Object.values(areas).flat();
