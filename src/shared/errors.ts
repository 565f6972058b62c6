// One error type for the whole product: a string code, mapped to an HTTP status in one place,
// and a Russian message that tells the person what to fix.

export const errorStatus = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  database_busy: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** One problem with one field: `path` as in `people[3].birthDate`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

type Gender = 'masculine' | 'feminine' | 'neuter';

/** «не найден» agrees with the noun it follows. */
const notFoundWords: Record<Gender, string> = {
  masculine: 'не найден или недоступен',
  feminine: 'не найдена или недоступна',
  neuter: 'не найдено или недоступно',
};

/** The records a 404 names, each with its Russian noun and that noun's gender. */
export const recordNouns = {
  record: ['Запись', 'feminine'],
  municipality: ['Муниципалитет', 'masculine'],
  organization: ['Организация', 'feminine'],
  person: ['Работник', 'masculine'],
  employment: ['Место работы', 'neuter'],
  attestation: ['Аттестация', 'feminine'],
  membership: ['Участие в активе', 'neuter'],
  user: ['Пользователь', 'masculine'],
  upload: ['Загрузка файла', 'feminine'],
  rosterJob: ['Задача загрузки', 'feminine'],
  report: ['Отчёт', 'masculine'],
  position: ['Должность', 'feminine'],
} as const satisfies Record<string, readonly [string, Gender]>;

export type RecordNoun = keyof typeof recordNouns;

/** «Пользователь не найден или недоступен.»: a record that does not exist or lies outside the user's scope. */
export function notFoundMessage(what: RecordNoun): string {
  const [noun, gender] = recordNouns[what];
  return `${noun} ${notFoundWords[gender]}.`;
}

export const notFound = (what: RecordNoun = 'record') => new AppError('not_found', notFoundMessage(what));
