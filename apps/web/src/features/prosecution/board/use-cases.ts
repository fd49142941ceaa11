import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { type CaseCountFilters, type CaseFilters, countCases, listCases, type Stage } from '../api/prosecution';

/** Each stage's count, from the service's counts of the list: one call for every stage. */
export function useStageCounts(filters: CaseCountFilters) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['prosecution', 'counts', user?.sub, filters],
    queryFn: async (): Promise<Record<Stage, number>> => (await countCases(await accessToken(), filters)).byStage,
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
