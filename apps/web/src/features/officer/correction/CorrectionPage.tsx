import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Fieldset, Group, List, Loader, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { navigate, useParams } from '../../../app/routing/router';
import { applyServerErrors, errorAt, ErrorAlert, type FieldError, Page } from '../../../shared/ui';
import { ApiError } from '../../../shared/api/http';
import { correctIdentification, type IdentificationDetail, readIdentification } from '../api/intake';
import { NeedsTable } from '../form/sections/NeedsConsentSection';
import { label, options } from '../form/vocabulary';
import { conflictingFields, correctionBody, correctionSchema, type CorrectionValues, correctionValues, reapply } from './correction';
import { OfficerScreen } from '../OfficerScreen';

// Long French labels wrap on a 360 px screen instead of pushing the panel wider than the phone.
const WRAP = { label: { whiteSpace: 'normal' as const } };

interface Conflict {
  mine: CorrectionValues;
  current: IdentificationDetail;
}

function CorrectionForm({ detail, onSaved }: { detail: IdentificationDetail; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { accessToken } = useAuth();
  const [base, setBase] = useState(() => ({ values: correctionValues(detail), version: detail.version }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; unmatched?: FieldError[] } | null>(null);
  const form = useForm<CorrectionValues>({ defaultValues: base.values, resolver: zodResolver(correctionSchema) });
  const error = (path: string) => {
    const message = errorAt(form.formState.errors, path);
    return message?.startsWith('officer.rules.') ? t(message) : message;
  };

  const save = async (values: CorrectionValues) => {
    setFailure(null);
    const body = correctionBody(base.values, values, base.version);
    if (Object.keys(body).length === 1) return setFailure({ error: null, unmatched: [{ field: 'body', code: 'noChange', message: t('officer.correction.noChange') }] });
    const token = await accessToken();
    try {
      await correctIdentification(token, detail.id, body);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        // Someone corrected it first: show both, overwrite nothing.
        setConflict({ mine: values, current: await readIdentification(token, detail.id) });
      } else if (e instanceof ApiError && e.body?.errors) {
        setFailure({ error: e.body, unmatched: applyServerErrors(e.body, (name, err) => form.setError(name as keyof CorrectionValues, err), (name) => !name.startsWith('body')) });
      } else {
        setFailure({ error: e instanceof ApiError ? e.body : e });
      }
    }
  };

  const rebase = (keepMine: boolean) => {
    if (!conflict) return;
    const current = correctionValues(conflict.current);
    setBase({ values: current, version: conflict.current.version });
    form.reset(keepMine ? reapply(base.values, conflict.mine, current) : current);
    setConflict(null);
  };

  const fieldLabel = (k: keyof CorrectionValues) => t(`officer.correction.fields.${k}`);
  const show = (k: keyof CorrectionValues, v: CorrectionValues) =>
    k === 'place' ? [label('regions', v.place.region, lang), v.place.cercle, v.place.commune, v.place.locality].filter(Boolean).join(', ')
    : k === 'forms' ? v.forms.map((f) => label('exploitationForms', f, lang)).join(', ')
    : k === 'methodsOfControl' ? v.methodsOfControl.map((f) => label('methodsOfControl', f, lang)).join(', ')
    : k === 'needs' ? v.needs.map((n) => label('needs', n.need, lang) + (n.urgent ? ` (${t('officer.form.fields.urgent')})` : '')).join(', ')
    : label('assessments', v.assessment, lang);

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">{t('officer.correction.explain', { ref: detail.victimRef, version: base.version })}</Text>
        {conflict && (
          <Alert color="orange" title={t('officer.correction.conflictTitle')} role="alert" data-testid="conflict">
            <Text size="sm">{t('officer.correction.conflictText', { version: conflict.current.version })}</Text>
            {(() => {
              const current = correctionValues(conflict.current);
              const both = conflictingFields(base.values, conflict.mine, current);
              return (
                <List size="sm" my="xs">
                  {(Object.keys(current) as (keyof CorrectionValues)[])
                    .filter((k) => JSON.stringify(current[k]) !== JSON.stringify(base.values[k]) || JSON.stringify(conflict.mine[k]) !== JSON.stringify(base.values[k]))
                    .map((k) => (
                      <List.Item key={k}>
                        <b>{fieldLabel(k)}</b>{both.includes(k) ? ` — ${t('officer.correction.bothChanged')}` : ''}: {t('officer.correction.yours')} « {show(k, conflict.mine)} » · {t('officer.correction.theirs')} « {show(k, current)} »
                      </List.Item>
                    ))}
                </List>
              );
            })()}
            <Stack gap="xs" align="flex-start">
              <Button size="xs" h="auto" py={6} styles={WRAP} onClick={() => rebase(true)}>{t('officer.correction.keepMine')}</Button>
              <Button size="xs" h="auto" py={6} styles={WRAP} variant="default" onClick={() => rebase(false)}>{t('officer.correction.takeTheirs')}</Button>
            </Stack>
          </Alert>
        )}
        {failure && <ErrorAlert error={failure.error} unmatched={failure.unmatched} />}
        <Fieldset legend={t('officer.correction.fields.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('officer.form.fields.region')} withAsterisk data={options('regions', lang)} {...form.register('place.region')} error={error('place.region')} />
            <TextInput label={t('officer.form.fields.cercle')} {...form.register('place.cercle')} error={error('place.cercle')} />
            <TextInput label={t('officer.form.fields.commune')} {...form.register('place.commune')} error={error('place.commune')} />
            <TextInput label={t('officer.form.fields.locality')} {...form.register('place.locality')} error={error('place.locality')} />
            <TextInput label={t('officer.form.fields.latitude')} inputMode="decimal" {...form.register('place.latitude')} error={error('place.latitude')} />
            <TextInput label={t('officer.form.fields.longitude')} inputMode="decimal" {...form.register('place.longitude')} error={error('place.longitude')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('officer.correction.sections.exploitation')}>
          <Stack>
            <Controller control={form.control} name="forms" render={({ field }) => (
              <Checkbox.Group label={t('officer.form.fields.forms')} withAsterisk value={field.value} onChange={field.onChange} error={error('forms')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">{options('exploitationForms', lang).map((o) => <Checkbox key={o.value} value={o.value} label={o.label} />)}</SimpleGrid>
              </Checkbox.Group>
            )} />
            <Controller control={form.control} name="methodsOfControl" render={({ field }) => (
              <Checkbox.Group label={t('officer.form.fields.methodsOfControl')} value={field.value} onChange={field.onChange} error={error('methodsOfControl')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">{options('methodsOfControl', lang).map((o) => <Checkbox key={o.value} value={o.value} label={o.label} />)}</SimpleGrid>
              </Checkbox.Group>
            )} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('officer.correction.fields.assessment')}>
          <Controller control={form.control} name="assessment" render={({ field }) => (
            <Radio.Group label={t('officer.form.fields.assessment')} withAsterisk value={field.value} onChange={field.onChange} error={error('assessment')}>
              <Stack mt="xs" gap="xs">{options('assessments', lang).map((o) => <Radio key={o.value} value={o.value} label={o.label} />)}</Stack>
            </Radio.Group>
          )} />
        </Fieldset>
        <Fieldset legend={t('officer.correction.fields.needs')}>
          {detail.needs.some((n) => n.need === 'childProtection') && (
            <Text size="sm" c="dimmed" mb="xs">{t('officer.correction.childProtectionKept')}</Text>
          )}
          <Controller control={form.control} name="needs" render={({ field }) => <NeedsTable value={field.value} onChange={field.onChange} />} />
        </Fieldset>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={conflict !== null}>{t('officer.correction.save')}</Button>
          <Button variant="default" onClick={() => navigate('/officer/identifications')}>{t('officer.correction.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Correcting what does not identify the person (PATCH with the version read), never overwriting someone else's correction. */
export default function CorrectionPage() {
  const { t } = useTranslation();
  const { id } = useParams<'id'>();
  const { user, accessToken } = useAuth();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['officer', 'identification', user?.sub, id],
    queryFn: async () => readIdentification(await accessToken(), id ?? ''),
    enabled: Boolean(id && user),
    staleTime: 0,
    gcTime: 0, // the detail holds personal data: not kept in memory after the screen closes
  });
  const saved = () => {
    void client.invalidateQueries({ queryKey: ['officer', 'identifications'] });
    navigate('/officer/identifications');
  };
  return (
    <OfficerScreen>
      <Page title={t('officer.title.correction')}>
        {query.isLoading ? (
          <Loader aria-label={t('officer.loading')} />
        ) : query.isError || !query.data ? (
          <ErrorAlert error={query.error instanceof ApiError ? query.error.body : query.error} />
        ) : (
          <CorrectionForm detail={query.data} onSaved={saved} />
        )}
      </Page>
    </OfficerScreen>
  );
}
