import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.js';
import { employmentCategoryEnum } from '../../db/enums.js';

/**
 * The nomenclature of positions (docs/decisions/0004-roster-import.md): the positions of
 * педагогические работники (category teacher) and руководители (category manager) a roster row
 * may hold. Seeded by the migration, edited by the region admin; a position not found here is
 * not a pedagogical one and its rows are skipped unless the importer gives them a category.
 */
export const positions = pgTable(
  'positions',
  {
    ...recordColumns,
    name: text('name').notNull(),
    /** The name as positionKey() folds it: what a roster's position is compared with. */
    key: text('key').notNull(),
    category: employmentCategoryEnum('category').notNull(),
    /** Only the name itself: «Заведующий» is a manager, «Заведующий хозяйством» is not one by its first word. */
    exact: boolean('exact').notNull().default(false),
  },
  (t) => [uniqueIndex('positions_key').on(t.key)],
);
