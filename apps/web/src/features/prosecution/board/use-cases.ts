import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { type CaseFilters, listCases, type Stage } from '../api/prosecution';
import { STAGES } from '../api/stages';

/** One small call per stage (limit 1) gives each column's count from the service's own total. */
export function useStageCounts(filters: Omit<CaseFilters, 'stage'>) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['prosecution', 'counts', user?.sub, filters],
    queryFn: async () => {
      const token = await accessToken();
      const totals = await Promise.all(STAGES.map(async (stage) => [stage, (await listCases(token, { ...filters, stage, limit: 1 })).total] as const));
      return Object.fromEntries(totals) as Record<Stage, number>;
    },
    enabled: user !== null,
  });
}

export function useCases(filters: CaseFilters) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['prosecution', 'cases', user?.sub, filters],
    queryFn: async () => listCases(await accessToken(), filters),
    enabled: user !== null,
  });
}
