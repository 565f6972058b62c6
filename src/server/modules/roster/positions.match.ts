// Position names as schools type them («Зам. директора по УВР», «учитель  математики»,
// «Педагог - психолог») → the nomenclature entry they stand for. Pure: the dictionary is passed in.
import type { EmploymentCategory } from '../../../shared/enums.js';

/** Abbreviations of whole words in position names, by the word without its dot. */
const abbreviations: Record<string, string> = {
  зам: 'заместитель',
  замдиректора: 'заместитель директора',
  учит: 'учитель',
  уч: 'учитель',
  зав: 'заведующий',
  дир: 'директора',
  пед: 'педагог',
  соц: 'социальный',
  ст: 'старший',
  рук: 'руководитель',
  доп: 'дополнительного',
  обр: 'образования',
  пдо: 'педагог дополнительного образования',
  инстр: 'инструктор',
  физкульт: 'физической культуре',
  преп: 'преподаватель',
  восп: 'воспитатель',
  муз: 'музыкальный',
  конц: 'концертмейстер',
};

/**
 * The comparable form of a position: lower case, ё as е, hyphens without spaces around them, other
 * punctuation as spaces, abbreviations spelled out, single spaces.
 */
export function positionKey(position: string): string {
  const words = position
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .split(' ')
    .filter(Boolean);
  return words
    .map((word) => abbreviations[word] ?? word)
    .join(' ')
    .trim();
}

export interface PositionEntry {
  name: string;
  category: EmploymentCategory;
  /** Matches only the whole position, never as its first words. */
  exact?: boolean;
}

export interface PositionMatch {
  /** The dictionary entry, or null when the position is outside the nomenclature. */
  entry: PositionEntry | null;
  key: string;
}

/**
 * Finds a position in the dictionary: the entry equal to it, otherwise the longest entry it
 * begins with as whole words («учитель математики» is an «учитель», «заместитель директора по УВР»
 * a «заместитель директора»), so the subject or area after the position's name does not matter.
 */
export class PositionDictionary {
  private readonly byKey = new Map<string, PositionEntry>();

  constructor(entries: PositionEntry[]) {
    for (const entry of entries) this.byKey.set(positionKey(entry.name), entry);
  }

  match(position: string): PositionMatch {
    const key = positionKey(position);
    const words = key.split(' ');
    for (let n = words.length; n > 0; n--) {
      const entry = this.byKey.get(words.slice(0, n).join(' '));
      if (entry && (n === words.length || !entry.exact)) return { entry, key };
    }
    return { entry: null, key };
  }
}
