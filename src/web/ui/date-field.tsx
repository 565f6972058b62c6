import '@mantine/dates/styles.css';
import 'dayjs/locale/ru';
import { ActionIcon, InputBase, Popover } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useState, type ReactNode } from 'react';
import { IMaskInput } from 'react-imask';
import { shownDate, typedDate } from './date-text.js';

export interface DateFieldProps {
  label: ReactNode;
  /** `YYYY-MM-DD`, '' or the half-typed text the field reported. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  w?: number | string;
  /** Report only whole dates and clearing, never half-typed text (filters kept in the URL). */
  wholeOnly?: boolean;
  'data-testid'?: string;
}

const calendarLabels = {
  previousMonth: 'Предыдущий месяц',
  nextMonth: 'Следующий месяц',
  previousYear: 'Предыдущий год',
  nextYear: 'Следующий год',
  previousDecade: 'Предыдущее десятилетие',
  nextDecade: 'Следующее десятилетие',
  monthLevelControl: 'Выбрать месяц',
  yearLevelControl: 'Выбрать год',
};

/**
 * The one date input: typed as ДД.ММ.ГГГГ through a mask (two digits, two digits, four digits —
 * a five-digit year cannot be typed), or picked in a Russian calendar. Reports `YYYY-MM-DD` once
 * the date is whole, '' when cleared, and the raw text while half-typed (the schema's message shows).
 */
export function DateField({ label, value, onChange, onBlur, name, description, error, required, w, wholeOnly, ...rest }: DateFieldProps) {
  const [opened, setOpened] = useState(false);
  // The text typed so far; a parent that keeps only whole dates (a filter) still sees the typing.
  const [text, setText] = useState(shownDate(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (typedDate(text) !== value) setText(shownDate(value));
  }
  const picked = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

  function accept(next: string) {
    if (next === text) return;
    setText(next);
    const result = typedDate(next);
    if (result !== value && (!wholeOnly || result === '' || result !== next)) onChange(result);
  }

  return (
    <InputBase
      component={IMaskInput}
      mask="00.00.0000"
      placeholder="ДД.ММ.ГГГГ"
      inputMode="numeric"
      autoComplete="off"
      label={label}
      description={description}
      error={error}
      required={required}
      name={name}
      w={w}
      value={text}
      onAccept={(next: string) => accept(next)}
      onBlur={onBlur}
      data-testid={rest['data-testid']}
      rightSection={
        <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus returnFocus withinPortal>
          <Popover.Target>
            <ActionIcon variant="subtle" color="gray" aria-label="Выбрать дату в календаре" onClick={() => setOpened((o) => !o)}>
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              locale="ru"
              ariaLabels={calendarLabels}
              value={picked}
              defaultDate={picked ?? undefined}
              onChange={(day) => {
                setOpened(false);
                if (day) {
                  setText(shownDate(day));
                  onChange(day);
                }
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 11h18" />
    </svg>
  );
}
