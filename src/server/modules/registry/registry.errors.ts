import { AppError, notFound, type RecordNoun } from '../../../shared/errors.js';

/** Russian messages for the registry's unique constraints (a duplicate is the user's doing: 409). */
const duplicates: Record<string, string> = {
  municipalities_code_unique: 'Муниципалитет с таким кодом уже есть.',
  organizations_code_unique: 'Организация с таким кодом уже есть.',
  people_code_unique: 'Работник с таким кодом уже есть.',
  employments_natural_key: 'Такое место работы (организация, должность, дата начала, вид занятости) у работника уже есть.',
  attestations_natural_key: 'Такая аттестация (категория и дата) у работника уже есть.',
  active_memberships_natural_key: 'Такое участие в активе (вид, уровень, дата начала) у работника уже есть.',
};

/** Runs a write, turning a violated unique constraint into a 409 with a message naming the record. */
export async function conflictsAsErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const pg = ((error as { cause?: unknown })?.cause ?? error) as { code?: unknown; constraint?: unknown };
    if (pg?.code === '23505') {
      const message = typeof pg.constraint === 'string' ? duplicates[pg.constraint] : undefined;
      throw new AppError('conflict', message ?? 'Такая запись уже существует.');
    }
    throw error;
  }
}

/** 422 naming the field, for the date order the database would refuse anyway. */
export function datesOrdered(start: string | null | undefined, end: string | null | undefined, path = 'end'): void {
  if (start && end && end < start) {
    throw new AppError('validation', 'Дата окончания раньше даты начала.', [
      { path, message: 'Дата окончания не может быть раньше даты начала' },
    ]);
  }
}

/** 404 for a record that does not exist or lies outside the user's scope: the two look the same. */
export const missing = (what: RecordNoun) => notFound(what);
