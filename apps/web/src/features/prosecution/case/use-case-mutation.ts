import { useState } from 'react';
import { useAuth } from '../../../app/auth/use-auth';
import { errorBody } from './use-case-file';

/**
 * One decision sent on a case file: `busy` while it is under way, the service's refusal kept for
 * ErrorAlert (cleared on the next attempt), and `onDone` once the decision is recorded, so the file
 * is read again.
 */
export function useCaseMutation(onDone: () => void = () => undefined) {
  const { accessToken } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** `action` sends with a fresh token and clears the form's inputs only once the service has accepted. */
  const send = async (action: (token: string) => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action(await accessToken());
      onDone();
    } catch (failure) {
      setError(errorBody(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, send };
}
