import { ServiceName } from '@relais/contracts';

export interface BodyLimits {
  default: number;
  batch: number;
}

/**
 * The routes an offline station uses to send a day's work in one request get the larger limit;
 * everything else the small one, so a stranger cannot make a service parse megabytes.
 */
export function bodyLimitFor(method: string, service: ServiceName, path: string, limits: BodyLimits): number {
  const bare = safeDecode(path.split('?')[0]).replace(/\/$/, '');
  if (method === 'POST' && service === 'intake' && /^\/api\/v\d+\/identifications:batch$/.test(bare)) return limits.batch;
  return limits.default;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
