import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, List, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { FormProvider, type FieldErrors, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/ui';
import { identificationSchema } from './rules';
import { AssessmentSection } from './sections/AssessmentSection';
import { ExploitationSection } from './sections/ExploitationSection';
import { NarrativeSection } from './sections/NarrativeSection';
import { NeedsConsentSection } from './sections/NeedsConsentSection';
import { PersonSection } from './sections/PersonSection';
import { PlaceSection } from './sections/PlaceSection';
import type { IdentificationValues } from './values';

interface Props {
  initial: IdentificationValues;
  /** Field errors from the server (a refused outbox item), shown on their inputs. */
  serverErrors?: FieldError[];
  /** Called as the officer types (debounced), to keep a draft. */
  onDraft?: (values: IdentificationValues) => void;
  onSubmit: (values: IdentificationValues) => Promise<void> | void;
  submitLabel: string;
  header?: ReactNode;
}

/** Dotted paths of every message in react-hook-form's error tree, in the order of the form. */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!value || typeof value !== 'object') return [];
    const own = typeof (value as { message?: unknown }).message === 'string' ? [path] : [];
    const nested = Object.entries(value).filter(([k]) => !['message', 'type', 'ref', 'types', 'root'].includes(k));
    return [...own, ...errorPaths(Object.fromEntries(nested) as FieldErrors, path)];
  });
}

const DRAFT_DELAY_MS = 600;

/** The identification, in the order of an interview; the same form for a new one and a refused one. */
export function IdentificationForm({ initial, serverErrors, onDraft, onSubmit, submitLabel, header }: Props) {
  const { t } = useTranslation();
  const form = useForm<IdentificationValues>({ defaultValues: initial, resolver: zodResolver(identificationSchema), mode: 'onTouched' });
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    for (const e of serverErrors ?? []) form.setError(e.field as keyof IdentificationValues, { type: 'server', message: e.message });
  }, [serverErrors, form]);

  useEffect(() => {
    if (!onDraft) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => onDraft(values as IdentificationValues), DRAFT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, onDraft]);

  const paths = errorPaths(form.formState.errors);
  const message = (path: string) => {
    const text = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], form.formState.errors) as { message?: string } | undefined;
    const m = text?.message ?? '';
    return m.startsWith('officer.rules.') ? t(m) : m;
  };
  const unmatched = (serverErrors ?? []).filter((e) => !paths.includes(e.field));

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={form.handleSubmit(onSubmit, () => setTimeout(() => summary.current?.focus(), 0))}
        aria-describedby={paths.length ? 'form-errors' : undefined}
      >
        <Stack gap="lg">
          {header}
          {(paths.length > 0 || unmatched.length > 0) && (
            <Alert color="red" title={t('officer.form.errorsTitle')} id="form-errors" ref={summary} tabIndex={-1} role="alert">
              <List size="sm">
                {paths.map((p) => (
                  <List.Item key={p}>
                    <Anchor href="#" onClick={(e) => { e.preventDefault(); form.setFocus(p as keyof IdentificationValues); }}>
                      {t(`officer.form.fields.${p.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? p}`, { defaultValue: p })}
                    </Anchor>
                    {' — '}
                    {message(p)}
                  </List.Item>
                ))}
                {unmatched.map((e) => <List.Item key={`${e.field}:${e.code}`}>{e.message}</List.Item>)}
              </List>
            </Alert>
          )}
          <PlaceSection />
          <PersonSection />
          <ExploitationSection />
          <AssessmentSection />
          <NeedsConsentSection />
          <NarrativeSection />
          <Group>
            <Button type="submit" size="md" loading={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
