/**
 * What each chart says in words: its `aria-label`, so a screen reader hears the figures the
 * picture shows. Numbers and percentages through Intl in the user's language.
 */
import { t, uiLanguage } from '../../../shared/i18n';
import { formatDuration } from '../format';
import { type AnswerTimeItem, type MixItem, type PostsDay, type Series, totalOf } from './data';

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(value);
}

/** A percentage given as 0–100. */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(
    value / 100,
  );
}

const sentences = (parts: string[]) => parts.filter(Boolean).join(' ');

export function describePosts(title: string, days: PostsDay[], series: Series[], cadence?: number): string {
  const perDay = days.map((day) => {
    const total = totalOf(day);
    const split = series
      .filter((one) => (day.counts[one.id] ?? 0) > 0)
      .map((one) => t('chartPair', [one.label, formatNumber(day.counts[one.id])]));
    return split.length > 1
      ? t('chartPostsDaySplit', [day.label, formatNumber(total), split.join(', ')])
      : t('chartPair', [day.label, formatNumber(total)]);
  });
  return sentences([
    `${title}.`,
    `${perDay.join('; ')}.`,
    cadence !== undefined ? t('chartPostsCadence', [formatNumber(cadence)]) : '',
  ]);
}

export function describeMix(title: string, items: MixItem[]): string {
  const parts = items.map((item) =>
    item.target === undefined
      ? t('chartPair', [item.label, formatPercent(item.value)])
      : t('chartMixItem', [item.label, formatPercent(item.value), formatPercent(item.target)]),
  );
  return sentences([`${title}.`, `${parts.join('; ')}.`]);
}

export function describeAnswerTimes(title: string, items: AnswerTimeItem[], deadlineMinutes: number): string {
  const parts = items.map((item) => {
    if (item.medianMinutes === null) return t('chartPair', [item.label, t('chartNoAnswers')]);
    const median = formatDuration(item.medianMinutes);
    return item.withinDeadline === undefined
      ? t('chartPair', [item.label, median])
      : t('chartAnswerItem', [item.label, median, formatPercent(item.withinDeadline * 100)]);
  });
  return sentences([
    `${title}.`,
    `${parts.join('; ')}.`,
    t('chartDeadline', [formatDuration(deadlineMinutes)]),
  ]);
}
