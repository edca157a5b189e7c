import { describe, expect, test } from 'vitest';
import { context, draft, judge, now } from './test-kit';
import { themeRule } from './theme';

const suggested = (findings: ReturnType<typeof themeRule.check>) =>
  findings.map((finding) => (finding.action?.kind === 'insert-hashtag' ? finding.action.hashtag : undefined));

describe('theme.missing', () => {
  test.each([
    ['en', 'Here is a tip for your morning coffee'],
    ['fr', 'Voici une astuce pour votre café du matin'],
    ['ru', 'Совет для вашего утреннего кофе'],
  ])('%s: suggests each of today’s (Tuesday’s) hashtags', (_, text) => {
    const findings = judge(themeRule, draft(text), context());
    expect(suggested(findings)).toEqual(['#TipTuesday', '#TriviaTuesday', '#TreatTuesday']);
    expect(findings[0]).toMatchObject({
      id: 'theme.missing',
      severity: 'info',
      message: 'ruleThemeMissingWeekday',
    });
    expect(findings[0].params?.[0]).toBe('#TipTuesday');
  });

  test.each([
    ['en', 'Quick tip: grind fresh #TipTuesday'],
    ['fr, other case', 'Petit plaisir du jour #treattuesday'],
    ['ru', 'Вопрос дня #TriviaTuesday'],
    ['calendar tag chosen', 'Happy #WorldPoetryDay'],
  ])('%s: quiet once the draft has one of today’s tags', (_, text) => {
    expect(judge(themeRule, draft(text), context({ calendarHashtags: ['#WorldPoetryDay'] }))).toEqual([]);
  });

  test('the calendar’s hashtags are suggested too, without duplicates', () => {
    const findings = judge(
      themeRule,
      draft('Hello'),
      context({ calendarHashtags: ['#WorldPoetryDay', '#tiptuesday'] }),
    );
    expect(suggested(findings)).toEqual([
      '#TipTuesday',
      '#TriviaTuesday',
      '#TreatTuesday',
      '#WorldPoetryDay',
    ]);
    expect(findings[3]).toMatchObject({ message: 'ruleThemeMissingDay', params: ['#WorldPoetryDay'] });
  });

  test('the weekday is the user’s: Monday 23:30 UTC is Tuesday in Paris, Monday in New York', () => {
    const lateMonday = Date.UTC(2025, 2, 17, 23, 30);
    expect(suggested(judge(themeRule, draft('x'), context({ now: lateMonday })))[0]).toBe('#TipTuesday');
    expect(
      suggested(judge(themeRule, draft('x'), context({ now: lateMonday, zone: 'America/New_York' })))[0],
    ).toBe('#MotivationMonday');
  });

  test.each([
    ['a reply', draft('Thanks!', { kind: 'reply' })],
    ['no theme today', draft('Hello')],
  ])('%s: nothing', (name, value) => {
    const ctx = context();
    if (name === 'no theme today') ctx.settings.weekdayThemes.tuesday.hashtags = [];
    expect(judge(themeRule, value, ctx)).toEqual([]);
  });

  test('now is context.now, not the clock', () => {
    expect(judge(themeRule, draft('x'), context({ now: now + 24 * 3_600_000 }))[0].params?.[0]).toBe(
      '#WackyWednesday',
    );
  });
});
