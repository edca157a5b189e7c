import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importIcs } from './ics-import';
import { days, imported, options } from './ics-test-fixtures';
import { at } from './test-fixtures';

/**
 * The sample calendars of ical.js (see __fixtures__/ical-samples/README.md), most from real
 * clients. Each is imported on a day near its events, in the zone its events are written in
 * unless the test says otherwise; the expectations were worked out by reading each file.
 */

const folder = 'src/calendar/__fixtures__/ical-samples';
const sample = (file: string) => readFileSync(`${folder}/${file}`, 'utf8');
const la = 'America/Los_Angeles';
const importOn = (file: string, day: string, zone = la, windowDays?: number) =>
  imported(sample(file), options(zone, at(`${day}T12:00:00Z`), windowDays ? { windowDays } : {}));

describe('every sample calendar of ical.js imports', () => {
  const files = readdirSync(folder).filter((file) => file.endsWith('.ics'));

  test('all 18 are here', () => {
    expect(files).toHaveLength(18);
  });

  test.each(files)('%s: read whole, no event skipped, and events when it has any', (file) => {
    const result = importIcs(sample(file), options(la, at('2012-01-01T12:00:00Z'), { windowDays: 5000 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.skipped).toEqual([]);
    const hasEvents = sample(file).includes('BEGIN:VEVENT');
    expect(result.value.events.length > 0).toBe(hasEvents);
    // Only the two blank-line parser samples have no event at all.
    if (!hasEvents) expect(file).toMatch(/^blank_line_(end|mid)\.ics$/);
  });
});

describe('what each sample yields', () => {
  test.each([
    // One timed event, 06:00–07:00 in Los Angeles, with empty DESCRIPTION and LOCATION.
    ['blank_description.ics'],
    ['minimal.ics'],
    // No DTEND: a timed start alone, and a date alone.
    ['only_dtstart_time.ics'],
    ['only_dtstart_date.ics'],
  ])('%s: one event on 30 June 2012', (file) => {
    expect(days(importOn(file, '2012-06-01'))).toEqual(['2012-06-30 Really long event name thing']);
  });

  test('duration_instead_of_dtend.ics: DURATION:P1D from 06:00 ends the next morning', () => {
    expect(days(importOn('duration_instead_of_dtend.ics', '2012-06-01'))).toEqual([
      '2012-06-30..2012-07-01 Really long event name thing',
    ]);
  });

  test('forced_types.ics: one all-day event (DTEND exclusive)', () => {
    expect(days(importOn('forced_types.ics', '2012-09-01'))).toEqual(['2012-09-04 Event']);
  });

  test('daily_recur.ics: every day for the year of the window', () => {
    const result = importOn('daily_recur.ics', '2012-08-01');
    expect(result.events).toHaveLength(366);
    expect(days(result).slice(0, 2)).toEqual([
      '2012-08-01 Every day recurring',
      '2012-08-02 Every day recurring',
    ]);
    expect(result.events.at(-1)?.start).toBe('2013-08-01');
  });

  test('day_long_recur_yearly.ics: an all-day event every weekday', () => {
    const result = importOn('day_long_recur_yearly.ics', '2012-08-01');
    // From Friday 3 August 2012 to 1 August 2013: 52 weeks of 5 weekdays.
    expect(result.events).toHaveLength(260);
    expect(result.events.slice(0, 3).map((event) => event.start)).toEqual([
      '2012-08-03',
      '2012-08-06',
      '2012-08-07',
    ]);
    const weekdays = new Set(result.events.map((event) => new Date(`${event.start}T00:00:00Z`).getUTCDay()));
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  test('parserv2.ics: FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR from Tuesday 11 September 2012', () => {
    const result = importOn('parserv2.ics', '2012-09-01');
    expect(days(result).slice(0, 5)).toEqual([
      '2012-09-11 Calendar',
      '2012-09-12 Calendar',
      '2012-09-13 Calendar',
      '2012-09-14 Calendar',
      '2012-09-17 Calendar',
    ]);
    expect(result.events).toHaveLength(254);
    expect(result.events.at(-1)?.start).toBe('2013-08-30');
  });

  test('multiple_rrules.ics: weekly on Mondays and every Sunday, both until 29 July 2012', () => {
    const result = importOn('multiple_rrules.ics', '2012-03-01');
    // 18 Mondays from 26 March to 23 July, 18 Sundays from 1 April to 29 July.
    expect(result.events).toHaveLength(36);
    expect(days(result).slice(0, 3)).toEqual([
      '2012-03-26 sahaja <> frashed',
      '2012-04-01 sahaja <> frashed',
      '2012-04-02 sahaja <> frashed',
    ]);
    expect(days(result).slice(-2)).toEqual(['2012-07-23 sahaja <> frashed', '2012-07-29 sahaja <> frashed']);
  });

  test('recur_instances.ics: monthly with RDATEs (one a PERIOD), EXDATEs and two moved occurrences', () => {
    expect(days(importOn('recur_instances.ics', '2012-10-01'))).toEqual([
      // The first occurrence moved from 10:00 to 15:00, its copy has no LOCATION.
      '2012-10-02 Crazy Event Thingy!',
      // The RDATE of 5 November (18:00 UTC) moved to 6 November 20:00; the rule's own 6 November.
      '2012-11-06 Crazy Event Thingy!',
      '2012-11-06 Crazy Event Thingy! @PLACE',
      '2012-11-10 Crazy Event Thingy! @PLACE',
      '2012-11-30 Crazy Event Thingy! @PLACE',
      // 4 December, 5 February and 2 April are EXDATEs.
      '2013-01-01 Crazy Event Thingy! @PLACE',
      '2013-03-05 Crazy Event Thingy! @PLACE',
      '2013-05-07 Crazy Event Thingy! @PLACE',
      '2013-06-04 Crazy Event Thingy! @PLACE',
      '2013-07-02 Crazy Event Thingy! @PLACE',
      '2013-08-06 Crazy Event Thingy! @PLACE',
      '2013-09-03 Crazy Event Thingy! @PLACE',
      '2013-10-01 Crazy Event Thingy! @PLACE',
    ]);
    // Eleven years on: the RDATE of 23 November and the PERIOD of 25 November 2023 (09:00–12:30 UTC).
    expect(days(importOn('recur_instances.ics', '2023-11-01')).slice(0, 4)).toEqual([
      '2023-11-07 Crazy Event Thingy! @PLACE',
      '2023-11-23 Crazy Event Thingy! @PLACE',
      '2023-11-25 Crazy Event Thingy! @PLACE',
      '2023-12-05 Crazy Event Thingy! @PLACE',
    ]);
  });

  test('recur_instances_finite.ics: monthly until the end of 2012, with two RDATEs', () => {
    expect(days(importOn('recur_instances_finite.ics', '2012-10-01'))).toEqual([
      '2012-10-02 Crazy Event Thingy! @PLACE',
      '2012-11-05 Crazy Event Thingy! @PLACE',
      '2012-11-06 Crazy Event Thingy! @PLACE',
      '2012-11-10 Crazy Event Thingy! @PLACE',
      '2012-12-04 Crazy Event Thingy! @PLACE',
    ]);
  });

  test('google_birthday.ics: a birthday given three ways is three days, each once', () => {
    expect(days(importOn('google_birthday.ics', '2012-12-01', la, 800))).toEqual([
      "2012-12-10 PErson #2's birthday",
      "2013-12-10 PErson #2's birthday",
      "2014-12-10 PErson #2's birthday",
    ]);
  });

  test('rdate_exdate.ics: a daily series at 03:00 UTC without the EXDATE;VALUE=DATE day', () => {
    expect(days(importOn('rdate_exdate.ics', '2024-06-01', 'UTC'))).toEqual([
      '2024-06-09 Untitled event',
      '2024-06-10 Untitled event',
      '2024-06-12 Untitled event',
    ]);
    // 03:00 UTC is the evening before in Los Angeles.
    expect(days(importOn('rdate_exdate.ics', '2024-06-01')).map((day) => day.slice(0, 10))).toEqual([
      '2024-06-08',
      '2024-06-09',
      '2024-06-11',
    ]);
  });

  test('timezone_from_file.ics: a zone only the file defines, at UTC-07:41', () => {
    // 13:42 at UTC-07:41 is 21:23 UTC, and 06:23 the next day in Tokyo.
    expect(days(importOn('timezone_from_file.ics', '2023-03-01', 'UTC'))).toEqual([
      '2023-03-06 A test event',
    ]);
    expect(days(importOn('timezone_from_file.ics', '2023-03-01', 'Asia/Tokyo'))).toEqual([
      '2023-03-07 A test event',
    ]);
  });

  test('utc_negative_zero.ics: TZOFFSETTO:-0000 is UTC', () => {
    // 21:00 GMT on 21 August is 06:00 on the 22nd in Tokyo.
    expect(days(importOn('utc_negative_zero.ics', '2012-08-01', 'UTC'))).toEqual(['2012-08-21 And another']);
    expect(days(importOn('utc_negative_zero.ics', '2012-08-01', 'Asia/Tokyo'))).toEqual([
      '2012-08-22 And another',
    ]);
  });

  test.each(['blank_line_end.ics', 'blank_line_mid.ics'])(
    '%s: a calendar with no event imports nothing',
    (file) => {
      expect(importOn(file, '2012-01-01').totals).toMatchObject({ inFile: 0, imported: 0, skipped: 0 });
    },
  );
});
