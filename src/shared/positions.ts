// The dictionary of positions (номенклатура должностей, постановление Правительства РФ № 225):
// which positions a roster may load and as which category.
import * as e from './enums.js';
import { requiredText, z } from './zod.js';

export const positionInput = z.strictObject({
  name: requiredText(200),
  category: z.enum(e.employmentCategory.codes, 'Выберите категорию'),
  /** true: only this very name; false: also names that begin with it («Учитель математики» for «Учитель»). */
  exact: z.boolean().default(false),
});
export type PositionInput = z.infer<typeof positionInput>;
export const positionPatch = positionInput.partial();

export const positionRow = z.object({
  id: z.number(),
  name: z.string(),
  category: z.enum(e.employmentCategory.codes),
  exact: z.boolean(),
});
export type PositionRow = z.infer<typeof positionRow>;
