import { DatePicker, Field, Flex, TimePicker, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { fromStockholmFields, toStockholmFields } from './stockholm-fields';

/** What the content manager passes (Strapi types `addFields` components without props, so all optional). */
type Props = { name?: string; label?: ReactNode; hint?: ReactNode; labelAction?: ReactNode; required?: boolean; disabled?: boolean };

/**
 * Every date-time field of the content manager (registered for the type `datetime` with
 * `app.addFields` in app.tsx): a date and a time in Swedish time, whatever zone the editor's
 * computer is set to, with the zone written beside them. It stores the same ISO instant as
 * Strapi's own input, so nothing else changes. (Strapi's input shows and reads the browser's zone:
 * 18:00 typed in a browser set to UTC was 19.00 on the portal.) docs/decisions/023-admin-in-swedish.md.
 */
export function StockholmDateTimeInput({ name = '', label, hint, labelAction, required = false, disabled = false }: Props) {
  const { formatMessage, locale } = useIntl();
  const field = useField<string | null>(name);
  const current = toStockholmFields(field.value);
  const labelText = typeof label === 'string' ? label : name;
  const store = (date: Date | undefined, time: string | undefined) => {
    if (!date) {
      field.onChange(name, null);
      return;
    }
    field.onChange(name, fromStockholmFields(date, time ?? '00:00'));
  };
  const today = () => {
    const now = toStockholmFields(new Date().toISOString());
    return now ? now.date : new Date();
  };
  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Flex gap={2} alignItems="center" role="group" aria-label={labelText}>
        <DatePicker
          value={current?.date}
          onChange={(date) => store(date, current?.time)}
          onClear={() => field.onChange(name, null)}
          clearLabel={formatMessage({ id: 'clearLabel', defaultMessage: 'Clear' })}
          locale={locale}
          disabled={disabled}
          aria-label={`${labelText}, ${locale === 'sv' ? 'datum' : 'date'}`}
        />
        <TimePicker
          value={current?.time}
          onChange={(time) => store(current?.date ?? today(), time)}
          onClear={() => field.onChange(name, null)}
          clearLabel={formatMessage({ id: 'clearLabel', defaultMessage: 'Clear' })}
          disabled={disabled}
          aria-label={`${labelText}, ${locale === 'sv' ? 'tid' : 'time'}`}
        />
        <Typography variant="pi" textColor="neutral600">
          {locale === 'sv' ? 'svensk tid' : 'Swedish time'}
        </Typography>
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
