// A seeded generator so that the same options always give the same package (no Math.random, no clock).

/** mulberry32: a tiny 32-bit PRNG, good enough for plausible test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    if (n * 3 < items.length) {
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < n) {
        const index = Math.floor(this.next() * items.length);
        if (seen.has(index)) continue;
        seen.add(index);
        out.push(items[index]!);
      }
      return out;
    }
    const copy = items.slice();
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}

// Dates as day numbers (days since 1970-01-01, UTC): cheap to compare and shift.
const msPerDay = 86_400_000;
export const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
export const toIso = (day: number): string => new Date(day * msPerDay).toISOString().slice(0, 10);

/** The same calendar date `years` later (29 February falls back to 28). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * msPerDay);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  const dayOfMonth = Math.min(date.getUTCDate(), month === 1 && !isLeap(year) ? 28 : 31);
  return Math.round(Date.UTC(year, month, dayOfMonth) / msPerDay);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const dayOfDate = (year: number, month: number, dayOfMonth: number): number =>
  Math.round(Date.UTC(year, month - 1, dayOfMonth) / msPerDay);
