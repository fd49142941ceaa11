import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorAt } from '../../../shared/ui';
import type { IdentificationValues } from './values';

/**
 * The form and a way to show the message of a field: device rules give catalogue keys
 * (`officer.rules.*`), the server gives text already in the officer's language.
 */
export function useIdentificationForm() {
  const form = useFormContext<IdentificationValues>();
  const { t, i18n } = useTranslation();
  const error = (path: string): string | undefined => {
    const message = errorAt(form.formState.errors, path);
    return message?.startsWith('officer.rules.') ? t(message) : message;
  };
  return { ...form, t, language: i18n.language, error };
}
