import { z } from 'zod';

// Every zod message the product shows is Russian: the server and the browser load the same locale.
z.config(z.locales.ru());

export { z };

/** What every date message says: people type and read dates as ДД.ММ.ГГГГ (the API carries `YYYY-MM-DD`). */
export const dateMessage = 'Введите дату в виде ДД.ММ.ГГГГ';

/** `YYYY-MM-DD` that is a real calendar date (no 2023-02-30, no five-digit year). */
export const isoDate = z
  .string(dateMessage)
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: dateMessage, abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, `Такого дня нет в календаре. ${dateMessage}`);

// PostgreSQL cannot store the NUL character: refuse it with a message instead of a server error.
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this refuses
const noNul = /^[^\u0000]*$/;
const nulMessage = 'Недопустимый символ в тексте (код 0)';

/** A code chosen by the source system: printable, no spaces at the ends. */
export const code = z.string().regex(noNul, nulMessage).trim().min(1, 'Код не может быть пустым').max(100, 'Код длиннее 100 символов');

export const text = (max: number) => z.string().regex(noNul, nulMessage).trim().max(max, `Не длиннее ${max} символов`);
export const requiredText = (max: number) => text(max).min(1, 'Заполните поле');

/** Converts zod issues to `a.b[0].c: message` paths, the form the exchange contract reports. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}
