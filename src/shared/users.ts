import { grantSchema } from './auth.js';
import { role } from './enums.js';
import { pageQuery } from './paging.js';
import { requiredText, text, z } from './zod.js';

const login = z
  .string()
  .trim()
  .min(3, 'Логин не короче 3 символов')
  .max(100, 'Логин не длиннее 100 символов')
  .regex(/^[a-zA-Z0-9._@-]+$/, 'Логин: латинские буквы, цифры и знаки . _ @ -');

export const userCreateInput = z.strictObject({
  login,
  displayName: requiredText(200),
  password: z.string().min(8, 'Пароль должен быть не короче 8 символов').max(256),
  personId: z.number().int().positive().nullable().default(null),
  active: z.boolean().default(true),
  grants: z.array(grantSchema).min(1, 'Назначьте хотя бы одну роль').max(50),
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z.strictObject({
  displayName: requiredText(200).optional(),
  /** A new password set by the administrator (the user's sessions end). */
  password: z.string().min(8, 'Пароль должен быть не короче 8 символов').max(256).optional(),
  personId: z.number().int().positive().nullable().optional(),
  active: z.boolean().optional(),
  grants: z.array(grantSchema).min(1, 'Назначьте хотя бы одну роль').max(50).optional(),
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const userListQuery = pageQuery.extend({
  q: text(200).optional(),
  role: z.enum(role.codes).optional(),
});

export const userRow = z.object({
  id: z.number(),
  login: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  personId: z.number().nullable(),
  personName: z.string().nullable(),
  grants: z.array(grantSchema.extend({ territory: z.string().nullable() })),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof userRow>;
