import { z } from '../../../shared/zod.js';

// Path parameters and response pieces the registry's routes share (validation failures answer 422).

const positiveId = z.coerce.number().int().positive();

export const idParams = z.object({ id: positiveId });
export const employmentParams = z.object({ id: positiveId, employmentId: positiveId });
export const attestationParams = z.object({ id: positiveId, attestationId: positiveId });
export const membershipParams = z.object({ id: positiveId, membershipId: positiveId });

export const json = <T extends z.ZodType>(schema: T, description = 'Готово') => ({
  200: { description, content: { 'application/json': { schema } } },
});

export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const created = z.object({ id: z.number() });

export const xlsxFile = {
  200: {
    description: 'Файл Excel (.xlsx)',
    content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } },
  },
};

export const noContent = { 204: { description: 'Удалено' } };
