// How dates read in Russian, on screen and in files alike: ДД.ММ.ГГГГ (docs/ARCHITECTURE.md, «Правила»).

/** `YYYY-MM-DD` (or an ISO timestamp) → `ДД.ММ.ГГГГ`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** `ДД.ММ.ГГГГ` → `YYYY-MM-DD` (whether such a day exists is the schema's to say); null for other text. */
export function parseDay(text: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

/** A reporting date `MM-DD` → `ДД.ММ`. */
export const formatMonthDay = (monthDay: string) => `${monthDay.slice(3, 5)}.${monthDay.slice(0, 2)}`;

/** A period as «ДД.ММ.ГГГГ–ДД.ММ.ГГГГ». */
export const formatPeriod = (period: { from: string; to: string }) => `${formatDay(period.from)}–${formatDay(period.to)}`;
