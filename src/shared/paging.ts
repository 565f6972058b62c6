import { z } from './zod.js';

/** Query of every server-paged list: `?page=1&pageSize=50&sort=name&order=asc`. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, 'Номер страницы начинается с 1').max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500, 'Не больше 500 строк на странице').default(50),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
