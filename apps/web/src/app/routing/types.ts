import type { ComponentType } from 'react';
import type { Role } from '../auth/roles';

/**
 * One screen. A screen's code is loaded only when a caller with one of its roles opens it, so a
 * caller without the role never receives it, let alone sees it.
 */
export interface AppRoute {
  /** `/identifications/:id/correction`: `:name` segments become params. */
  path: string;
  /** i18n key of the page title (document title and navigation label). */
  titleKey: string;
  /** Who may open it; `'any'` = every signed-in person. */
  roles: readonly Role[] | 'any';
  load: () => Promise<{ default: ComponentType }>;
  /** Position in the navigation; absent = not in the navigation (reached by a link). */
  nav?: number;
  /** Usable with no network (offline start shows only these). */
  offline?: boolean;
}
