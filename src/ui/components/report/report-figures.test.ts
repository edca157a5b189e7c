import { describe, expect, test } from 'vitest';
import type { Report } from '../../../shared/report';
import { answerItems, mixItems, personName, reportCsv, reportDays } from './report-figures';

const group = <K extends string>(key: K, median: number | null, within: number | null) => ({
  key,
  written: 3,
  answered: median === null ? 0 : 2,
  medianMinutes: median,
  withinDeadline: within,
});

const report: Report = {
  brandId: 'brand-1',
  period: 'week',
  from: '2026-03-02',
  to: '2026-03-08',
  zone: 'UTC',
  days: [
    { day: '2026-03-02', counts: { x: 2, instagram: 1 } },
    { day: '2026-03-03', counts: {} },
  ],
  networks: [{ network: 'x', posts: 2, dailyCap: 5, daysOverCap: 0 }],
  dailyCap: 5,
  mix: {
    total: 3,
    formats: [
      { key: 'image', count: 2, share: 66.666, target: 35 },
      { key: 'poll', count: 0, share: 0, target: 0 },
    ],
    categories: [{ key: 'theme', count: 1, share: 100, target: 15 }],
  },
  answers: {
    deadlineMinutes: 360,
    all: group('all', 45, 0.5),
    byNetwork: [group('x', 45, 0.5)],
    byCategory: [group('question', 30, 1), group('none', null, null)],
    byPerson: [group('Alice', 30, 1), group('', null, null)],
    personByPolicy: true,
  },
  backlog: { overdue: 1, stale: 2, answeredLate: 1, byNetwork: { x: { overdue: 1, stale: 2 } } },
};

describe('a report as charts and CSV', () => {
  test('days keep their counts per network', () => {
    expect(reportDays(report).map((day) => day.counts)).toEqual([{ x: 2, instagram: 1 }, {}]);
  });

  test('a type neither planned nor posted is left out of the mix chart; shares are rounded', () => {
    expect(mixItems(report.mix.formats, (key) => key)).toEqual([{ label: 'image', value: 67, target: 35 }]);
  });

  test('a group with no answer has no share within the deadline', () => {
    expect(answerItems(report.answers.byPerson, personName)).toEqual([
      { label: 'Alice', medianMinutes: 30, withinDeadline: 1 },
      { label: 'No one named', medianMinutes: null },
    ]);
  });

  test('with no comment at all, the chart says there were no answers', () => {
    expect(answerItems([], personName)).toEqual([{ label: 'All comments', medianMinutes: null }]);
  });

  test('the CSV has one line per figure, numbers plain', () => {
    const lines = reportCsv(report, 'Acme').map((row) => row.join('|'));
    expect(lines).toContain('Period|2026-03-02|2026-03-08');
    expect(lines).toContain('Posts of a day|2026-03-02 X|2');
    expect(lines).toContain('Posts of a day|2026-03-02 Instagram|1');
    expect(lines).toContain('Network|X|2|5|0');
    expect(lines).toContain('Content format|image|2|66.7|35');
    expect(lines).toContain('Person|Alice|3|2|30|100');
    expect(lines).toContain('Person|No one named|3|0||');
    expect(lines).toContain('Network|X|1|2');
    expect(lines).toContain('All|Answered after the deadline|1');
  });
});
