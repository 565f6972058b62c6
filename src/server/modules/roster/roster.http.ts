import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../../shared/errors.js';
import { rosterApplyInput, rosterMaxBytes, rosterPreviewInput } from '../../../shared/roster.js';
import { z } from '../../../shared/zod.js';
import { guard } from '../../http/guard.js';
import { router } from '../../http/context.js';
import { body } from '../../http/openapi.js';
import { positionsRoutes } from './positions.http.js';
import { createUpload, previewUpload, rosterJob, startApply } from './roster.service.js';

const tags = ['Загрузка списка кадров'];
const idParam = z.object({ id: z.string().max(100) });
const json = (description: string) => ({ 200: { description, content: { 'application/json': { schema: z.object({}).passthrough() } } } });

export const rosterRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/uploads',
      tags,
      summary: 'Загрузить файл списка сотрудников (XLSX или CSV, поле file)',
      responses: json('Заголовки столбцов, их распознанное назначение и число строк'),
    }),
    async (c) => {
      const { principal } = guard(c, 'roster.import');
      const contentType = c.req.header('content-type') ?? '';
      if (!contentType.includes('multipart/form-data'))
        throw new AppError('unsupported_media_type', 'Отправьте файл формой (multipart/form-data, поле «file»).');
      // Refused before the body is read: a file over the limit is not worth buffering.
      if (Number(c.req.header('content-length') ?? 0) > rosterMaxBytes + 1024 * 1024) {
        throw new AppError('payload_too_large', 'Файл больше 50 МБ: разделите список на несколько файлов.');
      }
      const body = await c.req.parseBody();
      const file = body.file;
      if (!(file instanceof File)) throw new AppError('validation', 'Выберите файл списка сотрудников (XLSX или CSV).');
      return c.json(await createUpload(principal, file), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/uploads/{id}/preview',
      tags,
      summary: 'Проверить каждую строку файла по выбранному назначению столбцов',
      request: { params: idParam, ...body(rosterPreviewInput) },
      responses: json('Число строк, ошибки по строкам, новые и обновляемые сотрудники'),
    }),
    async (c) => {
      const { scope, principal, db, today } = guard(c, 'roster.import');
      const preview = await previewUpload(db, principal, scope, c.req.valid('param').id, c.req.valid('json'), today);
      return c.json(preview, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/uploads/{id}/apply',
      tags,
      summary: 'Записать все строки файла одной транзакцией (или ни одной при ошибках)',
      request: { params: idParam, ...body(rosterApplyInput) },
      responses: {
        ...json('Итог загрузки'),
        202: {
          description: 'Задача загрузки запущена: следите за ней по /roster/jobs/{id}',
          content: { 'application/json': { schema: z.object({}).passthrough() } },
        },
      },
    }),
    async (c) => {
      const { scope, principal, db, today } = guard(c, 'roster.import');
      const { background, ...input } = c.req.valid('json');
      const stored = await startApply(db, principal, scope, c.req.valid('param').id, input, today);
      if (background) return c.json(stored.job, 202);
      await stored.done;
      if (stored.job.state === 'failed') throw stored.failure;
      return c.json(stored.job.result!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/jobs/{id}',
      tags,
      summary: 'Ход задачи загрузки',
      request: { params: idParam },
      responses: json('Состояние задачи'),
    }),
    (c) => {
      const { principal } = guard(c, 'roster.import');
      return c.json(rosterJob(principal, c.req.valid('param').id), 200);
    },
  )
  .route('/', positionsRoutes);
