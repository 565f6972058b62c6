// The work queue («Что требует внимания»): what a territory's methodist should do next, gathered from
// what the system already knows — indicators below the region's threshold, data-quality warnings,
// reports due, returned or awaiting review, young teachers without any form of support. Each item
// links to the page where it is fixed. New modules add their own kinds of items.
import { qualityItem } from './quality.js';
import { z } from './zod.js';

export const queueItemKind = z.enum(['indicator', 'quality', 'report', 'young']);
export type QueueItemKind = z.infer<typeof queueItemKind>;

/** The sections of the queue page, in this order. */
export const queueSections: readonly { kind: QueueItemKind; title: string }[] = [
  { kind: 'report', title: 'Отчётность' },
  { kind: 'indicator', title: 'Показатели ниже порога' },
  { kind: 'young', title: 'Молодые педагоги без поддержки' },
  { kind: 'quality', title: 'Качество данных' },
];

/** How many records of an item the queue lists by name; the rest is behind its link. */
export const queueSampleSize = 10;

export const queueItem = z.object({
  kind: queueItemKind,
  /** The indicator's or the check's code, or what the item is about (`report_due`, `young_without_support`…). */
  code: z.string(),
  title: z.string(),
  /** What to do about it. */
  hint: z.string(),
  /** How many records need it (municipalities, people, organizations…). */
  count: z.number().int(),
  /** The page where it is fixed. */
  href: z.string(),
  /** For an indicator: its value and the region's threshold. */
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  /** The first records, each with the page that fixes it. */
  sample: z.array(qualityItem),
});
export type QueueItem = z.infer<typeof queueItem>;

export const workQueue = z.object({
  territory: z.object({ kind: z.enum(['region', 'municipality', 'organization']), code: z.string(), name: z.string() }),
  /** The reporting period in progress: the indicators are judged on it. */
  period: z.object({ name: z.string(), from: z.string(), to: z.string() }).nullable(),
  /** The latest reporting period that has ended: its reports are due. */
  reportPeriod: z.object({ name: z.string(), from: z.string(), to: z.string() }).nullable(),
  items: z.array(queueItem),
});
export type WorkQueue = z.infer<typeof workQueue>;

export const queueQuery = z.object({ scope: z.string().trim().min(1, 'Укажите код территории').max(100) });
