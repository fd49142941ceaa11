import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DashboardDefinition, DashboardDefinitionError, parseDashboard, serveChart, ServedChart } from './definitions';

export type ServedDashboard = DashboardDefinition<ServedChart> & { file: string };

/** Every dashboard of a directory (`*.json`, in name order), checked; the service does not start without them. */
export class DashboardCatalogue {
  private constructor(readonly dashboards: readonly ServedDashboard[]) {}

  static load(dir: string): DashboardCatalogue {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    } catch (error) {
      throw new DashboardDefinitionError(`Dashboard directory ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); set DASHBOARDS_DIR`);
    }
    if (files.length === 0) throw new DashboardDefinitionError(`Dashboard directory ${dir} holds no *.json file`);
    const seen = new Map<string, string>();
    const dashboards = files.map((file) => {
      const definition = parseDashboard(file, readFileSync(join(dir, file), 'utf8'));
      const other = seen.get(definition.id);
      if (other) throw new DashboardDefinitionError(`Dashboard file ${file}, "id": "${definition.id}" is already the id of ${other}`);
      seen.set(definition.id, file);
      return { ...definition, file, sections: definition.sections.map((s) => ({ ...s, charts: s.charts.map(serveChart) })) };
    });
    return new DashboardCatalogue(dashboards);
  }

  publicDashboards(): ServedDashboard[] {
    return this.dashboards.filter((d) => d.audience === 'public');
  }

  /** The signed-in dashboards naming one of these roles, then the public ones (readable by all). */
  forRoles(roles: readonly string[]): ServedDashboard[] {
    const mine = this.dashboards.filter((d) => d.audience === 'signedIn' && d.roles.some((r) => roles.includes(r)));
    return [...mine, ...this.publicDashboards()];
  }
}
