// What a date field holds while a person types ДД.ММ.ГГГГ, and what the form receives.
import { formatDay, parseDay } from '../../shared/dates.js';

/** The form's value as the field shows it: `YYYY-MM-DD` → `ДД.ММ.ГГГГ`; anything else as it is. */
export const shownDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : value);

/**
 * The typed text as the form's value: a whole `ДД.ММ.ГГГГ` → `YYYY-MM-DD` (the schema then says
 * whether such a day exists), nothing → '', a half-typed date stays as typed so the schema's
 * «Введите дату в виде ДД.ММ.ГГГГ» shows under the field instead of the value silently vanishing.
 */
export const typedDate = (text: string): string => parseDay(text) ?? (text.replace(/[\s._]+$/, '') === '' ? '' : text);
