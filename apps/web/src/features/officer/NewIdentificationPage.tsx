import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/routing/router';
import { nudgeSync } from '../../offline/sync-loop';
import { uuidv7 } from '../../offline/uuid';
import { formatDateTime } from '../../shared/format/format';
import { Page } from '../../shared/ui';
import { IdentificationForm } from './form/IdentificationForm';
import { toRequestBody } from './form/rules';
import { emptyIdentification, type IdentificationValues } from './form/values';
import { useOutbox } from './outbox/use-outbox';
import { OfficerScreen } from './OfficerScreen';

interface Session {
  id: string;
  initial: IdentificationValues;
  restoredAt?: number;
}

/**
 * A new identification. Its id is chosen here, once: the draft, the outbox item and the record
 * on the server all carry it, so however often it is sent, the person is recorded once.
 */
export default function NewIdentificationPage() {
  const { t, i18n } = useTranslation();
  const { store } = useOutbox();
  const [session, setSession] = useState<Session | null>(null);
  const submitted = useRef(false);

  useEffect(() => {
    if (!store) return;
    void store.latestDraft<IdentificationValues>().then((draft) =>
      setSession(draft ? { id: draft.id, initial: draft.values, restoredAt: draft.updatedAt } : { id: uuidv7(), initial: emptyIdentification(new Date()) }),
    );
  }, [store]);

  const saveDraft = useCallback(
    (values: IdentificationValues) => {
      if (store && session && !submitted.current) void store.saveDraft(session.id, values);
    },
    [store, session],
  );

  const startOver = async () => {
    if (store && session) await store.deleteDraft(session.id);
    setSession({ id: uuidv7(), initial: emptyIdentification(new Date()) });
  };

  const submit = async (values: IdentificationValues) => {
    if (!store || !session) return;
    submitted.current = true;
    await store.enqueue(session.id, toRequestBody(values));
    await store.deleteDraft(session.id);
    nudgeSync();
    navigate('/officer/outbox');
  };

  return (
    <OfficerScreen>
      <Page title={t('officer.title.new')}>
        {!session ? (
          <Loader aria-label={t('officer.loading')} />
        ) : (
          <IdentificationForm
            key={session.id}
            initial={session.initial}
            onDraft={saveDraft}
            onSubmit={submit}
            submitLabel={t('officer.form.submit')}
            header={
              <>
                <Text size="sm" c="dimmed">{t('officer.form.intro')}</Text>
                {session.restoredAt !== undefined && (
                  <Alert color="blue" variant="light" title={t('officer.form.draft.restored', { at: formatDateTime(new Date(session.restoredAt).toISOString(), i18n.language) })}>
                    <Group>
                      <Text size="sm">{t('officer.form.draft.explain')}</Text>
                      <Button variant="subtle" size="xs" onClick={() => void startOver()}>{t('officer.form.draft.discard')}</Button>
                    </Group>
                  </Alert>
                )}
              </>
            }
          />
        )}
      </Page>
    </OfficerScreen>
  );
}
