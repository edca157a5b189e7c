import { describe, expect, test } from 'vitest';
import type { CommentCategory } from '../shared/comment';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { deadlineHoursFor, dueAtFor, policyFor } from './deadline';

const settings: BrandSettings = {
  ...settingsFor(defaultSettings()),
  businessHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'Europe/Paris' },
  communicationPolicy: [
    { category: 'complaint', person: 'Support lead', deadlineHours: 2, guidance: '' },
    { category: 'praise', person: 'Community manager', deadlineHours: null, guidance: '' },
    { category: 'complaint', person: 'Someone else', deadlineHours: 9, guidance: '' },
  ],
};
const mondayTen = Date.parse('2025-03-03T10:00+01:00');

describe('deadlines', () => {
  test.each<[CommentCategory | undefined, number, string]>([
    ['complaint', 2, '2025-03-03T12:00+01:00'],
    ['praise', 6, '2025-03-03T16:00+01:00'],
    ['question', 6, '2025-03-03T16:00+01:00'],
    [undefined, 6, '2025-03-03T16:00+01:00'],
  ])('%s: %i business hours', (category, hours, due) => {
    expect(deadlineHoursFor(category, settings)).toBe(hours);
    expect(dueAtFor({ writtenAt: mondayTen, category }, settings)).toBe(Date.parse(due));
  });

  test('the first policy line for a category wins', () => {
    expect(policyFor('complaint', settings)?.person).toBe('Support lead');
    expect(policyFor('spam-like', settings)).toBeUndefined();
  });

  test('the default deadline is a setting', () => {
    expect(dueAtFor({ writtenAt: mondayTen }, { ...settings, answerDeadlineHours: 12 })).toBe(
      Date.parse('2025-03-04T13:00+01:00'),
    );
  });
});
