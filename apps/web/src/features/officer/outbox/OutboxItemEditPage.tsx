import { Alert, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, useParams } from '../../../app/routing/router';
import { requeue } from '../../../offline/receipt';
import { nudgeSync } from '../../../offline/sync-loop';
import type { OutboxItem } from '../../../offline/user-store';
import { Empty, Page } from '../../../shared/ui';
import { IdentificationForm } from '../form/IdentificationForm';
import { fromRequestBody, toRequestBody } from '../form/rules';
import type { IdentificationValues } from '../form/values';
import { useOutbox } from './use-outbox';
import { OfficerScreen } from '../OfficerScreen';

/**
 * Correcting an item the server refused (400): the same form, with the server's messages on
 * their fields. It keeps its id (nothing was recorded under it) and goes back to the queue.
 */
export default function OutboxItemEditPage() {
  const { t } = useTranslation();
  const { id } = useParams<'id'>();
  const { store } = useOutbox();
  const [item, setItem] = useState<OutboxItem<Record<string, unknown>> | null | undefined>(undefined);

  useEffect(() => {
    if (store && id) void store.get<Record<string, unknown>>(id).then((found) => setItem(found ?? null));
  }, [store, id]);

  const submit = async (values: IdentificationValues) => {
    if (!store || !item) return;
    await store.save({ ...item, receipt: requeue(item.receipt, Date.now()), body: toRequestBody(values) });
    nudgeSync();
    navigate('/officer/outbox');
  };

  return (
    <OfficerScreen>
      <Page title={t('officer.title.outboxEdit')}>
        {item === undefined ? (
          <Loader aria-label={t('officer.loading')} />
        ) : item === null || !item.body || item.receipt.state !== 'refused' ? (
          <Empty title={t('outbox.notCorrectable')} />
        ) : (
          <IdentificationForm
            initial={fromRequestBody(item.body)}
            serverErrors={item.receipt.errors}
            onSubmit={submit}
            submitLabel={t('outbox.resubmit')}
            header={<Alert color="red" variant="light">{t('outbox.correctExplain')}</Alert>}
          />
        )}
      </Page>
    </OfficerScreen>
  );
}
