// Roster files for the import benchmark: a school system's staff export with the headers people use.
import ExcelJS from 'exceljs';

export interface RosterFileRow {
  fullName: string;
  /** A real date cell, as most exports hold it. */
  birthDate: Date;
  organization: string;
  position: string;
  experience: number;
  subjects: string;
  email: string;
  code: string;
}

export const rosterFileHeaders = [
  'ФИО',
  'Дата рождения',
  'Организация',
  'Должность',
  'Педагогический стаж',
  'Предметы',
  'E-mail',
  'Табельный номер',
];

/** Writes rows with exceljs's streaming writer, so a file of any size costs constant memory. */
export async function writeRosterXlsx(path: string, rows: Iterable<RosterFileRow>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Сотрудники');
  sheet.columns = rosterFileHeaders.map((header, i) => ({ header, key: `c${i}`, style: i === 1 ? { numFmt: 'dd.mm.yyyy' } : {} }));
  for (const row of rows) {
    sheet.addRow([row.fullName, row.birthDate, row.organization, row.position, row.experience, row.subjects, row.email, row.code]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const lastNames = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Попова', 'Соколова', 'Лебедева', 'Козлова', 'Новикова', 'Морозова'];
const firstNames = ['Анна', 'Мария', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана'];
const middleNames = ['Ивановна', 'Петровна', 'Сергеевна', 'Андреевна', 'Николаевна'];
const positions = [
  'Учитель математики',
  'Учитель русского языка и литературы',
  'Учитель начальных классов',
  'Заместитель директора по УВР',
  'Педагог-психолог',
];
const subjects = ['Математика', 'Русский язык; Литература', '', 'Информатика', ''];

/** `count` distinct people spread over the organizations, deterministic for a given count. */
export function* rosterRows(count: number, organizations: string[]): Generator<RosterFileRow> {
  for (let i = 0; i < count; i++) {
    yield {
      fullName: `${lastNames[i % 10]} ${firstNames[(i >> 3) % 8]} ${middleNames[i % 5]}`,
      birthDate: new Date(Date.UTC(1960 + (i % 35), i % 12, 1 + (i % 28))),
      organization: organizations[i % organizations.length]!,
      position: positions[i % 5]!,
      experience: i % 20,
      subjects: subjects[i % 5]!,
      email: `t${i}@example.ru`,
      code: `bench-${i}`,
    };
  }
}
