import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/routing/router';
import { requeue } from '../../../offline/receipt';
import { nudgeSync } from '../../../offline/sync-loop';
import type { OutboxItem } from '../../../offline/user-store';
import { uuidv7 } from '../../../offline/uuid';
import { Empty, Page } from '../../../shared/ui';
import { OutboxItemCard } from './OutboxItemCard';
import { useOutbox } from './use-outbox';
import { OfficerScreen } from '../OfficerScreen';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Every identification made on this device by this officer, each with its receipt. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const { store, items } = useOutbox();
  const online = useOnline();

  const sendAsNew = async (item: OutboxItem<Record<string, unknown>>) => {
    if (!store || !window.confirm(t('outbox.sendAsNewConfirm'))) return;
    const now = Date.now();
    await store.replace(item.id, { id: uuidv7(now), createdAt: now, receipt: requeue(item.receipt, now), body: item.body });
    nudgeSync();
  };
  const forget = async (item: OutboxItem<Record<string, unknown>>) => {
    await store?.forgetRecorded(item.id);
  };
  const waiting = items?.filter((i) => i.receipt.state === 'queued' || i.receipt.state === 'sent').length ?? 0;

  return (
    <OfficerScreen>
      <Page
        title={t('officer.title.outbox')}
        actions={
          <Group>
            <Button component={Link} href="/officer/new" variant="light">{t('officer.nav.new')}</Button>
            <Button onClick={nudgeSync} disabled={!online || waiting === 0}>{t('outbox.sendNow')}</Button>
          </Group>
        }
      >
        <Stack>
          <Alert color={online ? 'green' : 'orange'} variant="light" role="status" aria-live="polite">
            {online ? t('outbox.online', { count: waiting }) : t('outbox.offline', { count: waiting })}
          </Alert>
          <Text size="sm" c="dimmed">{t('outbox.explain')}</Text>
          {items === null ? (
            <Loader aria-label={t('officer.loading')} />
          ) : items.length === 0 ? (
            <Empty title={t('outbox.empty')} />
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('officer.title.outbox')}>
              {items.map((item) => (
                <OutboxItemCard key={item.id} item={item} onSendAsNew={(i) => void sendAsNew(i)} onForget={(i) => void forget(i)} />
              ))}
            </Stack>
          )}
        </Stack>
      </Page>
    </OfficerScreen>
  );
}
