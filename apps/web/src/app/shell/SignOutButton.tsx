import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/use-auth';

const SignOutConfirm = lazy(() => import('./SignOutConfirm'));

/**
 * Sign-out wipes this user's data on the device (a shared phone); it first says how many items
 * the server has not recorded yet, since they would be lost.
 */
export function SignOutButton({ fullWidth }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const [pending, setPending] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = async () => {
    setBusy(true);
    const { pendingCount } = await import('../../offline/session');
    const count = user ? await pendingCount(user.sub).catch(() => 0) : 0;
    setBusy(false);
    if (count === 0) return void signOut();
    setPending(count);
  };

  return (
    <>
      <Button variant="default" size="xs" onClick={() => void ask()} loading={busy} fullWidth={fullWidth}>
        {t('shell.signOut')}
      </Button>
      {pending !== null && (
        <Suspense fallback={null}>
          <SignOutConfirm pending={pending} onCancel={() => setPending(null)} onConfirm={() => void signOut()} />
        </Suspense>
      )}
    </>
  );
}
