import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ui';
import { ApiError, shownError } from '../../../shared/api/http';
import type { CloseOutcome, DeclineReason, ReferralView, Transition } from '../api/referrals';
import { type Action, allowedActions, refusalKind } from './actions';
import { useTransition } from './use-inbox';
import { WARNING_ALERT } from '../warning';

const REASONS: DeclineReason[] = ['noCapacity', 'notEligible', 'outOfArea', 'serviceUnavailable', 'other'];
const OUTCOMES: CloseOutcome[] = ['serviceProvided', 'personDeclined', 'unreachable', 'transferred'];

/** A refusal in words: a stale version is a conflict to resolve by reloading, never overwritten. */
function Refusal({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const kind = error instanceof ApiError ? refusalKind(error.body?.code) : 'other';
  if (kind === 'other') return <ErrorAlert error={shownError(error)} />;
  return (
    <Alert color="orange" styles={WARNING_ALERT} role="alert" title={t(`agency.refusal.${kind}.title`)} data-testid="conflict">
      <Stack gap="xs">
        <Text size="sm">{t(`agency.refusal.${kind}.help`)}</Text>
        <Group>
          <Button size="xs" variant="filled" color="#9a3412" onClick={onReload}>{t('agency.refusal.reload')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * The caseworker's next steps on a referral. Every change quotes the version on screen; when the
 * referral changed meanwhile, the person reloads and decides again on what is now there.
 */
export function ReferralActions({ referral, canAct, onReload }: { referral: ReferralView; canAct: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const mutation = useTransition(referral.id);
  const [form, setForm] = useState<'decline' | 'close' | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const actions = allowedActions(referral.status, canAct);
  if (actions.length === 0) return null;

  const run = (change: Transition) =>
    mutation.mutate({ version: referral.version, change }, { onSuccess: () => { setForm(null); setNote(''); } });
  const reload = () => {
    mutation.reset();
    setForm(null);
    onReload();
  };
  const direct = (action: Action, colour?: string) => (
    <Button key={action} color={colour} loading={mutation.isPending} onClick={() => run({ kind: action as 'acknowledge' | 'accept' })}>
      {t(`agency.actions.${action}`)}
    </Button>
  );
  const trimmed = note.trim() || undefined;

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {actions.includes('acknowledge') && direct('acknowledge')}
        {actions.includes('accept') && direct('accept')}
        {actions.includes('decline') && (
          <Button variant="default" onClick={() => setForm('decline')} aria-expanded={form === 'decline'}>{t('agency.actions.decline')}</Button>
        )}
        {actions.includes('close') && (
          <Button variant="default" onClick={() => setForm('close')} aria-expanded={form === 'close'}>{t('agency.actions.close')}</Button>
        )}
      </Group>
      {form === 'decline' && (
        <Stack component="form" gap="sm" onSubmit={(e) => { e.preventDefault(); if (reason) run({ kind: 'decline', reason: reason as DeclineReason, note: trimmed }); }}>
          <Select label={t('agency.decline.reason')} required data={REASONS.map((r) => ({ value: r, label: t(`agency.declineReason.${r}`) }))} value={reason} onChange={setReason} allowDeselect={false} />
          <Textarea label={t('agency.decline.note')} description={t('agency.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
          <Group>
            <Button type="submit" color="red.9" disabled={!reason} loading={mutation.isPending}>{t('agency.decline.submit')}</Button>
            <Button variant="subtle" onClick={() => setForm(null)}>{t('agency.cancel')}</Button>
          </Group>
        </Stack>
      )}
      {form === 'close' && (
        <Stack component="form" gap="sm" onSubmit={(e) => { e.preventDefault(); if (outcome) run({ kind: 'close', outcome: outcome as CloseOutcome, note: trimmed }); }}>
          <Select label={t('agency.close.outcome')} required data={OUTCOMES.map((o) => ({ value: o, label: t(`agency.outcome.${o}`) }))} value={outcome} onChange={setOutcome} allowDeselect={false} />
          <Textarea label={t('agency.close.note')} description={t('agency.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
          <Group>
            <Button type="submit" disabled={!outcome} loading={mutation.isPending}>{t('agency.close.submit')}</Button>
            <Button variant="subtle" onClick={() => setForm(null)}>{t('agency.cancel')}</Button>
          </Group>
        </Stack>
      )}
      {mutation.isError && <Refusal error={mutation.error} onReload={reload} />}
    </Stack>
  );
}
