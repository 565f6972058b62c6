import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from '../../shared/errors.js';
import { zodIssues } from '../../shared/zod.js';

/** PostgreSQL error codes a user's input can cause: answered as 4xx, never 500. */
const pgUserErrors: Record<string, AppError> = {
  '23505': new AppError('conflict', 'Такая запись уже существует (код или сочетание полей должны быть уникальны).'),
  '23503': new AppError('conflict', 'Запись связана с другими записями или ссылается на несуществующую.'),
  '23514': new AppError('validation', 'Данные нарушают правило: проверьте порядок дат и значения полей.'),
  '22P02': new AppError('validation', 'Неверный формат значения.'),
  '22007': new AppError('validation', 'Неверный формат даты.'),
  '22008': new AppError('validation', 'Дата вне допустимого диапазона.'),
  '22001': new AppError('validation', 'Значение слишком длинное.'),
  '22003': new AppError('validation', 'Число вне допустимого диапазона.'),
  '22021': new AppError('validation', 'Текст содержит недопустимые символы.'),
  '22P05': new AppError('validation', 'Текст содержит недопустимые символы.'),
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError('validation', 'Проверьте введённые данные.', zodIssues(error));
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('payload_too_large', 'Файл или запрос слишком большой.');
    if (error.status === 400) return new AppError('bad_request', 'Тело запроса не является корректным JSON.');
    return new AppError(error.status === 403 ? 'forbidden' : 'bad_request', 'Запрос отклонён.');
  }
  const pgCode = (error as { code?: unknown; cause?: { code?: unknown } })?.cause?.code ?? (error as { code?: unknown })?.code;
  if (typeof pgCode === 'string' && pgUserErrors[pgCode]) return pgUserErrors[pgCode];
  return new AppError('internal', 'Внутренняя ошибка сервера. Попробуйте ещё раз; если ошибка повторится, сообщите администратору.');
}

export const onError: ErrorHandler = (error, c) => {
  const appError = toAppError(error);
  if (appError.code === 'internal') console.error(error);
  return c.json(appError.toBody(), appError.status as 500);
};

export const onNotFound: NotFoundHandler = (c) => c.json(new AppError('not_found', 'Адрес не найден.').toBody(), 404);
