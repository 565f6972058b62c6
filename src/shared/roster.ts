// The staff roster import contract (docs/decisions/0004-roster-import.md): upload → mapping → preview → apply.
import type { AttestationCategory, EmploymentCategory, EmploymentType } from './enums.js';
import { isoDate, z } from './zod.js';

/** Where a column of the file can go, with the words the page shows. */
export const rosterFieldLabels = {
  fullName: 'ФИО',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  organizationName: 'Организация',
  organizationCode: 'Код организации',
  position: 'Должность',
  category: 'Категория (педагог / руководитель)',
  experience: 'Педагогический стаж, лет',
  careerStart: 'Дата начала педагогической деятельности',
  employmentStart: 'Дата приёма на работу',
  employmentType: 'Вид занятости / примечание (основное, совместительство)',
  personnelNumber: 'Табельный номер',
  qualificationCategory: 'Квалификационная категория',
  qualificationDate: 'Дата присвоения категории',
  subjects: 'Предметы',
  email: 'Электронная почта',
  code: 'Код сотрудника в регионе',
  snils: 'СНИЛС',
  phone: 'Телефон',
} as const;

export type RosterField = keyof typeof rosterFieldLabels;
export const rosterFields = Object.keys(rosterFieldLabels) as [RosterField, ...RosterField[]];

/** Largest roster file accepted. */
export const rosterMaxBytes = 50 * 1024 * 1024;
/** Rows with errors a preview lists; the counts always cover the whole file. */
export const rosterMaxErrors = 5000;
/** Rows of parsed data a preview shows. */
export const rosterSampleSize = 20;

export const rosterMapping = z.record(z.string().max(300), z.enum(rosterFields).nullable());
export type RosterMapping = z.infer<typeof rosterMapping>;

/** What to do with the rows of a position: load as this category, or skip them. */
export const rosterPositionChoice = z.enum(['teacher', 'manager', 'skip']);
export type RosterPositionChoice = z.infer<typeof rosterPositionChoice>;

export const rosterPreviewInput = z.strictObject({
  mapping: rosterMapping,
  /** The organization of every row when the file has no organization column. */
  organizationId: z.number().int().positive().nullish(),
  /** Choices for positions, by the key the preview gives (RosterPosition.key). */
  positions: z.record(z.string().max(300), rosterPositionChoice).default({}),
  /** The start of a new employment whose row has no hire date; today when not given (the preview says so). */
  defaultStart: isoDate.nullish(),
});
export type RosterPreviewInput = z.infer<typeof rosterPreviewInput>;

export const rosterApplyInput = rosterPreviewInput.extend({
  /** true: answer 202 with a job to poll at once; false: answer when the import has finished. */
  background: z.boolean().default(false),
});
export type RosterApplyInput = z.input<typeof rosterApplyInput>;

export interface RosterUpload {
  uploadId: string;
  fileName: string;
  rows: number;
  headers: string[];
  mapping: Record<string, RosterField | null>;
  fields: { field: RosterField; label: string }[];
}

/** One problem in one cell; `row` is the row number Excel shows (the header is row 1). */
export interface RosterRowError {
  row: number;
  column: string | null;
  field: RosterField | null;
  message: string;
}

export interface RosterRecord {
  row: number;
  /** The row where the same person appears first: this row adds another employment (a part-time job). */
  repeatOf: number | null;
  code: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  organizationId: number;
  organizationName: string;
  position: string;
  category: EmploymentCategory;
  employmentType: EmploymentType;
  personnelNumber: string | null;
  careerStart: string | null;
  employmentStart: string | null;
  attestation: { category: AttestationCategory; date: string } | null;
  subjects: string[];
  email: string | null;
  phone: string | null;
  snils: string | null;
}

/** A row that is not loaded and is no error: a line under the table, a position outside the nomenclature. */
export interface RosterSkippedRow {
  row: number;
  reason: string;
}

/** A position of the file outside the dictionary, with the rows that hold it and the choice made for it. */
export interface RosterPosition {
  key: string;
  /** The position as the file first spells it. */
  name: string;
  rows: number;
  choice: RosterPositionChoice;
}

export interface RosterPreview {
  total: number;
  valid: number;
  /** Rows with at least one error (the list below may stop at rosterMaxErrors). */
  invalidRows: number;
  errors: RosterRowError[];
  errorsTruncated: boolean;
  skippedRows: number;
  /** The skipped rows (the list may stop at rosterMaxErrors). */
  skipped: RosterSkippedRow[];
  positions: RosterPosition[];
  newPeople: number;
  updatedPeople: number;
  /** Rows that add another employment to a person listed above them (совместительство). */
  extraEmployments: number;
  attestations: number;
  /** Valid rows without a hire date, and the start their new employments get. */
  withoutStart: number;
  defaultStart: string;
  /** Rows matched to someone the importer's territory does not employ today: they only get the employment. */
  linkedPeople: number;
  /** Those people as the importer may see them: name and birth year (the first rosterMaxErrors). */
  linked: RosterLinkedPerson[];
  sample: RosterRecord[];
}

/** A person of another territory (or a former employee) a row names: nothing of them but this is shown. */
export interface RosterLinkedPerson {
  row: number;
  name: string;
  birthYear: number | null;
}

export interface RosterApplyResult {
  created: number;
  updated: number;
  /** People of other territories (or former employees) who got an employment, their cards unchanged. */
  linked: number;
  employmentsCreated: number;
  employmentsUpdated: number;
  attestationsCreated: number;
  skipped: number;
}

export interface RosterJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  /** Checking every row first, then writing them in one transaction. */
  phase: 'checking' | 'writing';
  processed: number;
  total: number;
  /** Rows not loaded and no error (lines under the table, positions outside the nomenclature). */
  skipped?: number;
  result?: RosterApplyResult;
  error?: string;
  errors?: RosterRowError[];
}
