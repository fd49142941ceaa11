import { Button, Group, Input, NativeSelect } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from './vocabulary';

interface Props {
  label: string;
  options: Option[];
  value: string[];
  onChange: (next: string[]) => void;
  max?: number;
  required?: boolean;
  error?: string;
}

/**
 * Several codes from a long list (nationalities, languages): a native select adds one, a button
 * removes one. Lighter than a searchable multi-select (no popover library on the officer's path)
 * and the phone's own picker is the easiest to use with a thumb or a keyboard.
 */
export function CodeListInput({ label, options, value, onChange, max = 10, required, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const labels = new Map(options.map((o) => [o.value, o.label]));
  const remaining = options.filter((o) => !value.includes(o.value));
  return (
    <Input.Wrapper label={label} withAsterisk={required} error={error} id={id} labelProps={{ htmlFor: `${id}-add` }}>
      {value.length > 0 && (
        <Group gap={6} my={6} component="ul" p={0} style={{ listStyle: 'none' }}>
          {value.map((code) => (
            <li key={code}>
              <Button
                variant="light"
                size="compact-sm"
                rightSection={<span aria-hidden>×</span>}
                aria-label={t('officer.form.removeItem', { item: labels.get(code) ?? code })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                {labels.get(code) ?? code}
              </Button>
            </li>
          ))}
        </Group>
      )}
      {value.length < max && (
        <NativeSelect
          id={`${id}-add`}
          value=""
          aria-invalid={error ? true : undefined}
          data={[{ value: '', label: t('officer.form.addItem') }, ...remaining]}
          onChange={(e) => e.currentTarget.value && onChange([...value, e.currentTarget.value])}
        />
      )}
    </Input.Wrapper>
  );
}
