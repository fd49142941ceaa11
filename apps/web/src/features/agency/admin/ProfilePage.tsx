import { Alert, Button, Checkbox, Fieldset, Group, Loader, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from '../../../shared/ui';
import type { AgencyView } from '../api/agency';
import { shownError } from '../../../shared/api/http';
import { options } from '../vocabulary';
import { ChangeRequests } from './ChangeRequests';
import { changes } from './profile-changes';
import { useAgency, useUpdateAgency } from './use-admin';
import { WARNING_ALERT } from '../warning';

type Region = AgencyView['regions'][number];
type Service = AgencyView['services'][number];
type Sex = AgencyView['accepts']['sexes'][number];

function ProfileForm({ agency }: { agency: AgencyView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const save = useUpdateAgency();
  const [draft, setDraft] = useState<AgencyView>(agency);
  const set = (patch: Partial<AgencyView>) => setDraft((d) => ({ ...d, ...patch }));
  const regionOptions = [...options('regions', lang), { value: 'national', label: t('agency.profile.national') }];
  const sexOptions: Sex[] = ['female', 'male', 'unknown'];
  const capacity = draft.capacity;
  const body = changes(agency, draft);
  const dirty = Object.keys(body).length > 1;

  return (
    <Stack component="form" gap="md" onSubmit={(e) => { e.preventDefault(); save.mutate(body, { onSuccess: (edit) => setDraft(edit.agency) }); }}>
      <TextInput label={t('agency.profile.name')} value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} required maxLength={120} />
      {capacity && (
        <Group grow align="flex-start">
          <NumberInput label={t('agency.profile.beds')} min={0} value={capacity.beds} onChange={(v) => set({ capacity: { ...capacity, beds: Number(v) || 0 } })} />
          <NumberInput label={t('agency.profile.available')} min={0} max={capacity.beds} value={capacity.available} onChange={(v) => set({ capacity: { ...capacity, available: Number(v) || 0 } })} />
        </Group>
      )}
      <MultiSelect label={t('agency.profile.languages')} data={options('languages', lang)} value={draft.languages} onChange={(v) => set({ languages: v })} searchable />
      <Alert color="blue" variant="light" title={t('agency.profile.approvalTitle')}>
        <Text size="sm">{t('agency.profile.approvalHelp')}</Text>
      </Alert>
      <MultiSelect label={t('agency.profile.regions')} data={regionOptions} value={draft.regions} onChange={(v) => set({ regions: v as Region[] })} searchable />
      <MultiSelect label={t('agency.profile.services')} data={options('needs', lang)} value={draft.services} onChange={(v) => set({ services: v as Service[] })} />
      <Fieldset legend={t('agency.profile.accepts')} variant="unstyled" styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}>
        <Group gap="md" mt={4} wrap="wrap">
          <Checkbox label={t('agency.profile.adults')} checked={draft.accepts.adults} onChange={(e) => set({ accepts: { ...draft.accepts, adults: e.currentTarget.checked } })} />
          <Checkbox label={t('agency.profile.minors')} checked={draft.accepts.minors} onChange={(e) => set({ accepts: { ...draft.accepts, minors: e.currentTarget.checked } })} />
          {sexOptions.map((s) => (
            <Checkbox
              key={s}
              label={t(`agency.profile.sex.${s}`)}
              checked={draft.accepts.sexes.includes(s)}
              onChange={(e) => set({ accepts: { ...draft.accepts, sexes: e.currentTarget.checked ? [...draft.accepts.sexes, s] : draft.accepts.sexes.filter((x) => x !== s) } })}
            />
          ))}
        </Group>
      </Fieldset>
      <Group>
        <Button type="submit" disabled={!dirty} loading={save.isPending}>{t('agency.profile.save')}</Button>
      </Group>
      {save.isSuccess && save.data.pending && (
        <Alert color="orange" styles={WARNING_ALERT} role="status" title={t('agency.profile.pendingTitle')} data-testid="pending">
          <Text size="sm">{t('agency.profile.pendingHelp')}</Text>
        </Alert>
      )}
      {save.isSuccess && !save.data.pending && <Alert color="green" role="status">{t('agency.profile.saved')}</Alert>}
      {save.isError && <ErrorAlert error={shownError(save.error)} />}
    </Stack>
  );
}

/** The agency's profile: capacity, beds and languages at once; routing scope through the coordinator, whose decisions are listed below. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const query = useAgency();
  return (
    <Page title={t('agency.title.profile')}>
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError || !query.data ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : (
        <Stack gap="xl">
          <ProfileForm key={query.data.id} agency={query.data} />
          <ChangeRequests />
        </Stack>
      )}
    </Page>
  );
}
