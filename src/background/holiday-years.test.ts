import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { computeHolidayYear } from '../calendar/holiday-compute';
import { holidaysOn, holidayYearKey, knowsHolidayYear } from '../calendar/holidays';
import { DB_NAME, resetDatabaseConnection } from '../store/db';
import { prepareHolidays, staleHolidayKey } from './holiday-years';

const france = { country: 'FR', regions: [], enabledRegions: [] };
const compute = vi.fn(async (requests: readonly { country: string; region?: string; year: number }[]) =>
  requests.map((request) => computeHolidayYear(request.country, request.region, request.year)),
);

beforeEach(async () => {
  compute.mockClear();
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

/** A new worker: the modules start again with empty memory, and only storage is left. */
async function freshWorker() {
  vi.resetModules();
  return {
    years: await import('./holiday-years'),
    holidays: await import('../calendar/holidays'),
  };
}

describe('the holidays of a brand’s week', () => {
  test('are computed once, outside the worker, then read from storage', async () => {
    await prepareHolidays(france, '2027-03-25', { wait: true, compute });
    expect(compute).toHaveBeenCalledOnce();
    expect(holidaysOn('2027-03-28', { ...france, lang: 'fr' }).map((holiday) => holiday.name)).toContain(
      'Pâques',
    );

    // A cold worker: nothing in memory; storage has the years, the library is not needed.
    const cold = await freshWorker();
    expect(cold.holidays.knowsHolidayYear('FR--2027')).toBe(false);
    await cold.years.prepareHolidays(france, '2027-03-25', {
      wait: true,
      compute: () => Promise.reject(new Error('not needed')),
    });
    expect(cold.holidays.knowsHolidayYear('FR--2026')).toBe(true);
    expect(
      cold.holidays.holidaysOn('2027-03-28', { ...france, lang: 'fr' }).map((holiday) => holiday.name),
    ).toContain('Pâques');
  });

  test('an answer that can’t wait gets them later, and is told', async () => {
    const computed = vi.fn();
    await prepareHolidays({ ...france, country: 'BE' }, '2027-05-01', {
      wait: false,
      compute,
      onComputed: computed,
    });
    await vi.waitFor(() => expect(computed).toHaveBeenCalledOnce());
    expect(knowsHolidayYear(holidayYearKey('BE', undefined, 2027))).toBe(true);
  });

  test('a week across the new year asks for both years', async () => {
    await prepareHolidays({ ...france, country: 'CH' }, '2027-12-28', { wait: true, compute });
    const asked = compute.mock.calls.flatMap(([requests]) => requests.map((request) => request.year));
    expect(asked.sort()).toEqual([2026, 2027, 2028]);
  });

  test('stored years of another data version or of years past are pruned', () => {
    expect(staleHolidayKey('holidays:0.0.1:FR--2027', 2027)).toBe(true);
    expect(staleHolidayKey('panelCollapsed', 2027)).toBe(false);
  });
});
