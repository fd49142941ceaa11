import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { readCase } from '../api/prosecution';

/** The case file (an audited read by the service); `refresh` after each decision recorded. */
export function useCaseFile(caseId: string) {
  const { user, accessToken } = useAuth();
  const client = useQueryClient();
  const key = ['prosecution', 'case', user?.sub, caseId];
  const query = useQuery({ queryKey: key, queryFn: async () => readCase(await accessToken(), caseId), enabled: user !== null });
  const refresh = () => client.invalidateQueries({ queryKey: ['prosecution'] });
  return { ...query, refresh };
}

/** A refusal's body for ErrorAlert, or the error itself (network failures). */
export function errorBody(error: unknown): unknown {
  return (error as { body?: unknown } | null)?.body ?? error;
}
