// The shipped profiles: one JSON file per reference service in `profiles/` at the repository root.
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/errors.js';
import { profileFile, type ProfileFile, type ProfileSummary } from '../../../shared/profiles.js';
import { zodIssues } from '../../../shared/zod.js';

export const profilesFolder = fileURLToPath(new URL('../../../../profiles/', import.meta.url));

const codePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function profileCodes(folder = profilesFolder): Promise<string[]> {
  const names = await fs.readdir(folder);
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .filter((c) => codePattern.test(c))
    .sort();
}

const unknownProfile = (code: string) => new AppError('not_found', `Профиль «${code}» не найден.`);

/** Reads and validates one profile; a file that does not match the schema is refused with every issue named. */
export async function loadProfile(code: string, folder = profilesFolder): Promise<ProfileFile> {
  // The code becomes a file name: anything but a plain code names no profile.
  if (!codePattern.test(code)) throw unknownProfile(code);
  let text: string;
  try {
    text = await fs.readFile(`${folder}${code}.json`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw unknownProfile(code);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('validation', `Файл профиля «${code}» не является корректным JSON: ${(error as Error).message}`);
  }
  const parsed = profileFile.safeParse(raw);
  if (!parsed.success) throw new AppError('validation', `Файл профиля «${code}» не прошёл проверку.`, zodIssues(parsed.error));
  if (parsed.data.code !== code) {
    throw new AppError('validation', `Файл профиля «${code}» не прошёл проверку.`, [
      { path: 'code', message: `Код в файле («${parsed.data.code}») не совпадает с именем файла` },
    ]);
  }
  return parsed.data;
}

export async function listProfiles(folder = profilesFolder): Promise<ProfileSummary[]> {
  const profiles = await Promise.all((await profileCodes(folder)).map((code) => loadProfile(code, folder)));
  return profiles.map((p) => ({ code: p.code, title: p.title, territory: p.territory, year: p.regulation.year }));
}
