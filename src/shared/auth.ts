import { role } from './enums.js';
import { requiredText, z } from './zod.js';

export const loginInput = z.strictObject({
  login: requiredText(100),
  password: z.string().min(1, 'Введите пароль').max(256, 'Пароль длиннее 256 символов'),
});

export const passwordChangeInput = z.strictObject({
  currentPassword: z.string().min(1, 'Введите текущий пароль').max(256),
  newPassword: z.string().min(8, 'Пароль должен быть не короче 8 символов').max(256, 'Пароль длиннее 256 символов'),
});

export const grantSchema = z.strictObject({
  role: z.enum(role.codes),
  municipalityId: z.number().int().positive().nullable(),
  organizationId: z.number().int().positive().nullable(),
});

export const meSchema = z.object({
  userId: z.number(),
  login: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  grants: z.array(grantSchema),
  csrfToken: z.string(),
  /** Actions the UI may offer; the server checks them again on every request. */
  can: z.array(z.string()),
  /** The region's today (`YYYY-MM-DD`): the web decides by it, never by the browser's clock. */
  today: z.string(),
});

export type Me = z.infer<typeof meSchema>;
export type LoginInput = z.infer<typeof loginInput>;
