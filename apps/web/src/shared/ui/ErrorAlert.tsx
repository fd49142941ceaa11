import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ErrorBody, type FieldError, isErrorBody } from './api-error';

interface Props {
  /** A service's error body, or anything thrown (a network failure shows a generic message). */
  error: unknown;
  /** Field errors no input shows (see applyServerErrors). */
  unmatched?: FieldError[];
}

/** A refusal or a failure, in words the person can act on, with the id support can look up. */
export function ErrorAlert({ error, unmatched }: Props) {
  const { t } = useTranslation();
  const body: ErrorBody | null = isErrorBody(error) ? error : null;
  const title = body ? t(`ui.error.status.${body.statusCode}`, { defaultValue: t('ui.error.title') }) : t('ui.error.network');
  return (
    <Alert color="red" title={title} role="alert" variant="light" styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
      {body && <Text size="sm">{body.message}</Text>}
      {!body && <Text size="sm">{t('ui.error.networkHelp')}</Text>}
      {unmatched && unmatched.length > 0 && (
        <List size="sm" mt="xs">
          {unmatched.map((e) => (
            <List.Item key={`${e.field}:${e.code}`}>{e.message}</List.Item>
          ))}
        </List>
      )}
      {body?.correlationId && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('ui.error.reference', { id: body.correlationId })}
        </Text>
      )}
    </Alert>
  );
}
