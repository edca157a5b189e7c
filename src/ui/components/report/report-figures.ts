/**
 * A report as the charts and the CSV file show it: the background's figures turned into chart rows
 * and spreadsheet lines, with every label in the user's language.
 */
import { categoryLabel } from '../../../comments/labels';
import type { CommentCategory } from '../../../shared/comment';
import { t } from '../../../shared/i18n';
import { networkNames, networks } from '../../../shared/networks';
import type { Report, ReportAnswerGroup, ReportShare } from '../../../shared/report';
import type { AnswerTimeItem, MixItem, PostsDay, Series } from '../charts';
import type { CsvCell } from '../csv';
import { formatDayKey } from '../format';
import { contentCategoryLabel, formatLabel } from '../labels';

/** Every network in the same order as the popup's charts, so each keeps its colour. */
export const networkSeries: Series[] = networks.map((network) => ({
  id: network,
  label: networkNames[network],
}));

export function reportDays(report: Report): PostsDay[] {
  const week = report.period === 'week';
  return report.days.map(({ day, counts }) => ({
    label: formatDayKey(day, { weekday: 'short', day: 'numeric', month: week ? undefined : 'short' }),
    tick: formatDayKey(
      day,
      week ? { day: undefined, month: undefined } : { weekday: undefined, month: undefined },
    ),
    counts: counts as Record<string, number>,
  }));
}

/** A type with neither posts nor a target is left out: the chart shows what was planned or done. */
export function mixItems<K extends string>(rows: ReportShare<K>[], label: (key: K) => string): MixItem[] {
  return rows
    .filter((row) => row.count > 0 || row.target > 0)
    .map((row) => ({ label: label(row.key), value: Math.round(row.share), target: row.target }));
}

/** One row per group; with no comment in the period, one row saying so rather than an empty picture. */
export function answerItems<K extends string>(
  groups: ReportAnswerGroup<K>[],
  label: (key: K) => string,
): AnswerTimeItem[] {
  if (groups.length === 0) return [{ label: t('reportAllComments'), medianMinutes: null }];
  return groups.map((group) => ({
    label: label(group.key),
    medianMinutes: group.medianMinutes,
    ...(group.withinDeadline === null ? {} : { withinDeadline: group.withinDeadline }),
  }));
}

export const commentCategoryName = (key: CommentCategory | 'none') =>
  key === 'none' ? t('reportUncategorised') : categoryLabel(key);

export const personName = (key: string) => key || t('reportNoPerson');

export const networkName = (key: keyof typeof networkNames) => networkNames[key];

/**
 * The report as spreadsheet lines: one block per table, each line `section, item, figures…`, so a
 * manager can filter by section. Durations in minutes and shares in percent, as plain numbers.
 */
export function reportCsv(report: Report, brandName: string): CsvCell[][] {
  const rows: CsvCell[][] = [
    [t('reportCsvBrand'), brandName],
    [t('reportCsvPeriod'), report.from, report.to],
    [],
    [
      t('reportCsvSection'),
      t('reportCsvItem'),
      t('reportCsvPosts'),
      t('reportCsvDailyCap'),
      t('reportCsvDaysOver'),
    ],
  ];
  for (const { day, counts } of report.days) {
    for (const [network, count] of Object.entries(counts)) {
      rows.push([t('reportCsvDay'), `${day} ${networkNames[network as keyof typeof networkNames]}`, count]);
    }
  }
  for (const row of report.networks) {
    rows.push([t('reportCsvNetwork'), networkNames[row.network], row.posts, row.dailyCap, row.daysOverCap]);
  }
  rows.push(
    [],
    [
      t('reportCsvSection'),
      t('reportCsvItem'),
      t('reportCsvPosts'),
      t('reportCsvShare'),
      t('reportCsvTarget'),
    ],
  );
  for (const row of report.mix.formats) {
    rows.push([t('reportCsvFormat'), formatLabel(row.key), row.count, round(row.share), row.target]);
  }
  for (const row of report.mix.categories) {
    rows.push([
      t('reportCsvCategory'),
      contentCategoryLabel(row.key),
      row.count,
      round(row.share),
      row.target,
    ]);
  }
  rows.push(
    [],
    [
      t('reportCsvSection'),
      t('reportCsvItem'),
      t('reportCsvWritten'),
      t('reportCsvAnswered'),
      t('reportCsvMedian'),
      t('reportCsvWithin'),
    ],
  );
  const answers = <K extends string>(
    section: string,
    groups: ReportAnswerGroup<K>[],
    label: (key: K) => string,
  ) => {
    for (const group of groups) {
      rows.push([
        section,
        label(group.key),
        group.written,
        group.answered,
        group.medianMinutes === null ? null : round(group.medianMinutes),
        group.withinDeadline === null ? null : round(group.withinDeadline * 100),
      ]);
    }
  };
  answers(t('reportCsvAll'), [report.answers.all], () => t('reportAllComments'));
  answers(t('reportCsvNetwork'), report.answers.byNetwork, networkName);
  answers(t('reportCsvCommentCategory'), report.answers.byCategory, commentCategoryName);
  answers(t('reportCsvPerson'), report.answers.byPerson, personName);
  rows.push(
    [],
    [t('reportCsvSection'), t('reportCsvItem'), t('reportOverdue'), t('reportStale')],
    [t('reportCsvAll'), t('reportAllComments'), report.backlog.overdue, report.backlog.stale],
  );
  for (const [network, counts] of Object.entries(report.backlog.byNetwork)) {
    rows.push([
      t('reportCsvNetwork'),
      networkNames[network as keyof typeof networkNames],
      counts?.overdue ?? 0,
      counts?.stale ?? 0,
    ]);
  }
  rows.push([t('reportCsvAll'), t('reportAnsweredLate'), report.backlog.answeredLate]);
  return rows;
}

const round = (value: number) => Math.round(value * 10) / 10;
