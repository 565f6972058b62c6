import { z } from '../../shared/zod.js';

// Pieces every module's route definitions share (validation failures answer 422).

/** An id in a path: beyond the int4 range it cannot exist, so it is simply not found. */
const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

export const idParams = z.object({ id: positiveId });
export const employmentParams = z.object({ id: positiveId, employmentId: positiveId });
export const attestationParams = z.object({ id: positiveId, attestationId: positiveId });
export const membershipParams = z.object({ id: positiveId, membershipId: positiveId });

export const json = <T extends z.ZodType>(schema: T, description = 'Готово') => ({
  200: { description, content: { 'application/json': { schema } } },
});

/** A required JSON body: without `required`, a request with no body would skip validation. */
export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const created = z.object({ id: z.number() });

export const xlsxFile = {
  200: {
    description: 'Файл Excel (.xlsx)',
    content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } },
  },
};

export const pdfFile = { 200: { description: 'Файл PDF', content: { 'application/pdf': { schema: z.string() } } } };

export const noContent = { 204: { description: 'Удалено' } };
