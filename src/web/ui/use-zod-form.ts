import { useState } from 'react';
import type { FieldIssue } from '../../shared/errors.js';
import { issuePath, type z } from '../../shared/zod.js';
import { ApiError } from '../api.js';

export type FieldErrors = Record<string, string>;

/** First message per field path (`subjects[0]` also lands on `subjects`), from zod or the server's 422. */
export function issuesToErrors(issues: readonly FieldIssue[], prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let path = issue.path;
    if (prefix) {
      if (!path.startsWith(`${prefix}.`)) continue;
      path = path.slice(prefix.length + 1);
    }
    const field = path.replace(/\[\d+\].*$/, '').split('.')[0] ?? path;
    for (const key of new Set([path, field])) errors[key] ??= issue.message;
  }
  return errors;
}

function validate<S extends z.ZodType>(schema: S, values: unknown, messages: FieldErrors) {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data as z.output<S>, errors: {} as FieldErrors };
  const issues = result.error.issues.map((issue) => {
    const path = issuePath(issue.path);
    return { path, message: messages[path] ?? issue.message };
  });
  return { data: null, errors: issuesToErrors(issues) };
}

/**
 * A form validated as the person types by the same zod schema the server uses: a field shows its
 * message once touched (changed or left), every field after a submit attempt; the server's issues
 * replace them until the field changes again.
 */
export function useZodForm<S extends z.ZodType, V extends Record<string, unknown>>(
  schema: S,
  initial: V,
  options: { messages?: FieldErrors } = {},
) {
  const messages = options.messages ?? {};
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const checked = validate(schema, values, messages);
  const errorOf = (name: keyof V & string): string | undefined =>
    serverErrors[name] ?? (submitted || touched[name] ? checked.errors[name] : undefined);

  function setField<K extends keyof V & string>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    setTouched((current) => ({ ...current, [name]: true }));
    setServerErrors((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }

  /** Marks the form submitted; the parsed value when valid, else null (messages now show). */
  function attempt(): z.output<S> | null {
    setSubmitted(true);
    setFormError(null);
    return checked.data;
  }

  /** Shows an API failure: its issues under their fields (those under `prefix.` when given), the message above. */
  function showError(error: unknown, prefix = '') {
    if (error instanceof ApiError) {
      setServerErrors(issuesToErrors(error.issues, prefix));
      setFormError(error.message);
    } else setFormError(error instanceof Error ? error.message : 'Не удалось сохранить.');
  }

  /** Props for a Mantine text-like input bound to a string field. */
  function text<K extends keyof V & string>(name: K) {
    return {
      name,
      value: (values[name] as string | null | undefined) ?? '',
      onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value as V[K]),
      onBlur: () => setTouched((current) => ({ ...current, [name]: true })),
      error: errorOf(name),
    };
  }

  /** Props for a `DateField` bound to a date field (`YYYY-MM-DD`, '' or half-typed text). */
  function date<K extends keyof V & string>(name: K) {
    return { ...text(name), onChange: (value: string) => setField(name, value as V[K]) };
  }

  return {
    values,
    setField,
    errorOf,
    text,
    date,
    attempt,
    showError,
    formError,
    setFormError,
    valid: checked.data !== null,
    touch: (name: string) => setTouched((c) => ({ ...c, [name]: true })),
  };
}
