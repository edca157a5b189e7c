import type { HolidaysTypes } from 'date-holidays';

/**
 * Days date-holidays lacks or gets wrong for the brands we serve first, as date-holidays rules
 * (its own grammar: `easter -47`, `sunday before 12-01`, …), added with `setHoliday` to each
 * instance. Checked against the 2026 data (date-holidays 3.37):
 * - France has Easter Monday but not Easter Sunday, and no Mardi gras; its Mother's Day rule is the
 *   last Sunday of May without the Pentecost exception (fixed below).
 * - Belgium, Switzerland and Québec have no Mardi gras.
 * - Canada without a province has no Thanksgiving (each province has it) and no Easter Sunday.
 * - Russia has neither Easter (Orthodox) nor Mother's Day (last Sunday of November).
 * - The United Kingdom's "Mother's Day" is called Mothering Sunday there.
 * Fathers' Day in France (third Sunday of June, like most countries) is missing too.
 */

export interface ExtraRule {
  /** A date-holidays rule. */
  rule: string;
  options: HolidaysTypes.HolidayOptions;
  /**
   * `fill` adds the day only when the country (or region) has no rule of that text already, so a
   * province's own day is never replaced; `replace` corrects date-holidays' own rule.
   */
  mode: 'fill' | 'replace';
}

const mardiGras: ExtraRule = {
  rule: 'easter -47',
  options: {
    name: { en: 'Mardi Gras', fr: 'Mardi gras', ru: 'Марди Гра (Жирный вторник)' },
    type: 'observance',
  },
  mode: 'fill',
};

const easterSunday: ExtraRule = {
  rule: 'easter',
  options: { name: { en: 'Easter Sunday', fr: 'Pâques', ru: 'Пасха' }, type: 'observance' },
  mode: 'fill',
};

/** Keyed by country, or `country-region` for a region's own additions (date-holidays' states). */
export const extraRules: Readonly<Record<string, readonly ExtraRule[]>> = {
  FR: [
    easterSunday,
    mardiGras,
    {
      rule: '3rd sunday in June',
      options: { name: { en: "Father's Day", fr: 'Fête des pères', ru: 'День отца' }, type: 'observance' },
      mode: 'fill',
    },
    {
      // Code de l'action sociale, art. D215-1: the last Sunday of May, or the first Sunday of June
      // when Pentecost falls on it.
      rule: 'sunday before 06-01',
      options: {
        name: { en: "Mother's Day", fr: 'Fête des mères', ru: 'День матери' },
        type: 'observance',
        ...pentecostExceptions(1950, 2200),
      },
      mode: 'replace',
    },
  ],
  BE: [mardiGras],
  CH: [mardiGras],
  CA: [
    easterSunday,
    {
      rule: '2nd monday after 10-01',
      options: {
        name: { en: 'Thanksgiving', fr: 'Action de grâce', ru: 'День благодарения (Канада)' },
        type: 'observance',
      },
      mode: 'fill',
    },
  ],
  'CA-QC': [mardiGras],
  RU: [
    {
      rule: 'orthodox',
      options: { name: { en: 'Orthodox Easter', fr: 'Pâques orthodoxe', ru: 'Пасха' }, type: 'observance' },
      mode: 'fill',
    },
    {
      rule: 'sunday before 12-01',
      options: { name: { en: "Mother's Day", fr: 'Fête des mères', ru: 'День матери' }, type: 'observance' },
      mode: 'fill',
    },
  ],
  GB: [
    {
      rule: 'easter -21',
      options: {
        name: { en: 'Mothering Sunday', fr: 'Fête des mères (Royaume-Uni)', ru: 'Материнское воскресенье' },
        type: 'observance',
      },
      mode: 'replace',
    },
  ],
};

/**
 * The years from `from` to `to` in which Pentecost is the last Sunday of May, as date-holidays'
 * `disable` (that Sunday) and `enable` (a week later) lists.
 */
export function pentecostExceptions(from: number, to: number): { disable: string[]; enable: string[] } {
  const disable: string[] = [];
  const enable: string[] = [];
  for (let year = from; year <= to; year++) {
    const pentecost = addUtcDays(gregorianEaster(year), 49);
    const lastSundayOfMay = new Date(Date.UTC(year, 4, 31));
    lastSundayOfMay.setUTCDate(31 - lastSundayOfMay.getUTCDay());
    if (pentecost.getTime() === lastSundayOfMay.getTime()) {
      disable.push(isoDay(pentecost));
      enable.push(isoDay(addUtcDays(pentecost, 7)));
    }
  }
  return { disable, enable };
}

/** Gregorian Easter Sunday (the anonymous algorithm, Meeus/Jones/Butcher), at UTC midnight. */
export function gregorianEaster(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function addUtcDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
