import { describe, expect, test } from 'vitest';
import { calendar, days, imported, options, starts, vevent } from './ics-test-fixtures';
import { at } from './test-fixtures';

/** RFC 5545 as calendars write it, one feature per test; the brand is in the zone each test names. */

const outlookZone = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010325T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
].join('\r\n');

describe('RDATE', () => {
  test('VALUE=PERIOD adds an occurrence with its own end, given as an end or as a duration', () => {
    const text = calendar(
      vevent(
        'p@test',
        'SUMMARY:Pop-up shop',
        'DTSTART:20260302T090000Z',
        'DTEND:20260302T100000Z',
        'RDATE;VALUE=PERIOD:20260310T090000Z/20260312T170000Z,20260320T220000Z/PT4H',
      ),
    );
    expect(days(imported(text, options('UTC')))).toEqual([
      '2026-03-02 Pop-up shop',
      '2026-03-10..2026-03-12 Pop-up shop',
      '2026-03-20..2026-03-21 Pop-up shop',
    ]);
  });

  test('VALUE=PERIOD in a zone the file names', () => {
    const text = calendar(
      vevent(
        'p@test',
        'SUMMARY:Market',
        'DTSTART;TZID=Europe/Paris:20260302T090000',
        'RDATE;VALUE=PERIOD;TZID=Europe/Paris:20260310T230000/20260311T010000',
      ),
    );
    expect(days(imported(text, options('Europe/Paris')))).toEqual([
      '2026-03-02 Market',
      '2026-03-10..2026-03-11 Market',
    ]);
    // 23:00 to 01:00 in Paris is 22:00 to 00:00 UTC: one day there.
    expect(days(imported(text, options('UTC')))).toEqual(['2026-03-02 Market', '2026-03-10 Market']);
  });

  test('VALUE=DATE adds whole days to an all-day series', () => {
    const text = calendar(
      vevent(
        'd@test',
        'SUMMARY:Late opening',
        'DTSTART;VALUE=DATE:20260305',
        'RRULE:FREQ=MONTHLY;COUNT=2',
        'RDATE;VALUE=DATE:20260315,20260320',
      ),
    );
    expect(starts(imported(text, options('Asia/Tokyo')))).toEqual([
      '2026-03-05',
      '2026-03-15',
      '2026-03-20',
      '2026-04-05',
    ]);
  });
});

describe('several sources of occurrences', () => {
  test('a series of RDATEs alone starts with its DTSTART', () => {
    const text = calendar(
      vevent(
        'r@test',
        'SUMMARY:Tasting',
        'DTSTART;VALUE=DATE:20260305',
        'RDATE;VALUE=DATE:20260312,20260319',
      ),
    );
    expect(starts(imported(text, options('UTC')))).toEqual(['2026-03-05', '2026-03-12', '2026-03-19']);
  });

  test('several RRULEs each run to their own end', () => {
    // RFC 5545 asks for one RRULE, but Zimbra writes several (see the multiple_rrules sample).
    const text = calendar(
      vevent(
        'm@test',
        'SUMMARY:Rota',
        'DTSTART;VALUE=DATE:20260302',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'RRULE:FREQ=DAILY;INTERVAL=10;COUNT=4',
      ),
    );
    expect(starts(imported(text, options('UTC')))).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-12',
      '2026-03-22',
      '2026-04-01',
    ]);
  });
});

describe('EXDATE', () => {
  test('removes occurrences, written as the series writes its times or as bare dates', () => {
    const text = calendar(
      vevent(
        'x@test',
        'SUMMARY:Class',
        'DTSTART;TZID=Europe/Paris:20260302T180000',
        'RRULE:FREQ=DAILY;COUNT=5',
        'EXDATE;TZID=Europe/Paris:20260303T180000',
        'EXDATE;VALUE=DATE:20260305',
      ),
    );
    expect(starts(imported(text, options('Europe/Paris')))).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
    ]);
  });
});

describe('RECURRENCE-ID', () => {
  const series = (...exceptions: string[]) =>
    calendar(
      vevent(
        'club@test',
        'SUMMARY:Club night',
        'DTSTART;TZID=Europe/Paris:20200106T200000',
        'DTEND;TZID=Europe/Paris:20200106T230000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260401T000000Z',
      ),
      ...exceptions,
    );
  const moved = (from: string, to: string, ...lines: string[]) =>
    vevent(
      'club@test',
      `RECURRENCE-ID;TZID=Europe/Paris:${from}`,
      'SUMMARY:Club night (moved)',
      `DTSTART;TZID=Europe/Paris:${to}`,
      ...lines,
    );
  const window = options('Europe/Paris', at('2026-03-01T12:00:00Z'), { windowDays: 30 });

  test('an occurrence moved within the window is on its new day, under its new name', () => {
    const result = imported(series(moved('20260309T200000', '20260311T200000')), window);
    expect(days(result)).toEqual([
      '2026-03-02 Club night',
      '2026-03-11 Club night (moved)',
      '2026-03-16 Club night',
      '2026-03-23 Club night',
      '2026-03-30 Club night',
    ]);
  });

  test('an occurrence of years ago moved into the window is found', () => {
    const result = imported(series(moved('20200113T200000', '20260318T200000')), window);
    expect(days(result)).toEqual([
      '2026-03-02 Club night',
      '2026-03-09 Club night',
      '2026-03-16 Club night',
      '2026-03-18 Club night (moved)',
      '2026-03-23 Club night',
      '2026-03-30 Club night',
    ]);
  });

  test('an occurrence moved out of the window is left out', () => {
    const result = imported(series(moved('20260309T200000', '20270309T200000')), window);
    expect(starts(result)).toEqual(['2026-03-02', '2026-03-16', '2026-03-23', '2026-03-30']);
  });

  test('RANGE=THISANDFUTURE moves that occurrence and every later one', () => {
    const result = imported(
      series(
        moved('20260316T200000', '20260317T200000').replace(
          'RECURRENCE-ID;',
          'RECURRENCE-ID;RANGE=THISANDFUTURE;',
        ),
      ),
      window,
    );
    expect(starts(result)).toEqual(['2026-03-02', '2026-03-09', '2026-03-17', '2026-03-24', '2026-03-31']);
  });

  test('a moved occurrence whose series is not in the file is imported on its own', () => {
    const result = imported(calendar(moved('20260309T200000', '20260311T200000')), window);
    expect(days(result)).toEqual(['2026-03-11 Club night (moved)']);
  });
});

describe('floating and all-day values', () => {
  test.each(['Pacific/Auckland', 'Europe/Paris', 'America/Los_Angeles'])(
    'a floating time is on the brand clock in %s',
    (zone) => {
      const text = calendar(
        vevent('f@test', 'SUMMARY:Late show', 'DTSTART:20260310T233000', 'DTEND:20260311T003000'),
      );
      expect(days(imported(text, options(zone)))).toEqual(['2026-03-10..2026-03-11 Late show']);
    },
  );

  test.each(['Pacific/Auckland', 'America/Los_Angeles'])('all-day dates are the same days in %s', (zone) => {
    const text = calendar(
      vevent('a@test', 'SUMMARY:Anniversary', 'DTSTART;VALUE=DATE:20260610', 'DTEND;VALUE=DATE:20260611'),
      vevent('b@test', 'SUMMARY:Book fair', 'DTSTART;VALUE=DATE:20260612', 'DTEND;VALUE=DATE:20260615'),
      vevent('c@test', 'SUMMARY:No end', 'DTSTART;VALUE=DATE:20260620'),
    );
    // DTEND of a date is exclusive: 12 to 15 June is the 12th, 13th and 14th.
    expect(days(imported(text, options(zone)))).toEqual([
      '2026-06-10 Anniversary',
      '2026-06-12..2026-06-14 Book fair',
      '2026-06-20 No end',
    ]);
  });
});

describe('DURATION instead of DTEND', () => {
  test.each([
    ['days after a date', 'DTSTART;VALUE=DATE:20260610', 'DURATION:P3D', '2026-06-10..2026-06-12'],
    [
      'hours after a time, across midnight',
      'DTSTART:20260610T180000Z',
      'DURATION:PT8H',
      '2026-06-10..2026-06-11',
    ],
    ['hours ending at midnight', 'DTSTART:20260610T180000Z', 'DURATION:PT6H', '2026-06-10'],
  ])('%s', (_, start, duration, span) => {
    const text = calendar(vevent('d@test', 'SUMMARY:Stand', start, duration));
    expect(days(imported(text, options('UTC')))).toEqual([`${span} Stand`]);
  });

  test('a series keeps its duration on every occurrence', () => {
    const text = calendar(
      vevent(
        'd@test',
        'SUMMARY:Weekend',
        'DTSTART;VALUE=DATE:20260606',
        'DURATION:P2D',
        'RRULE:FREQ=WEEKLY;COUNT=2',
      ),
    );
    expect(days(imported(text, options('UTC')))).toEqual([
      '2026-06-06..2026-06-07 Weekend',
      '2026-06-13..2026-06-14 Weekend',
    ]);
  });
});

describe('time zones', () => {
  test.each([
    // 23:30 in New York on 10 March (EDT, UTC-4) is 04:30 on the 11th in Paris (CET).
    ['America/New_York', '2026-03-10'],
    ['Europe/Paris', '2026-03-11'],
    ['Asia/Tokyo', '2026-03-11'],
  ])('TZID=America/New_York, with no VTIMEZONE in the file, lands on the right day in %s', (zone, day) => {
    const text = calendar(
      vevent(
        't@test',
        'SUMMARY:Late show',
        'DTSTART;TZID=America/New_York:20260310T233000',
        'DTEND;TZID=America/New_York:20260310T235900',
      ),
    );
    expect(starts(imported(text, options(zone)))).toEqual([day]);
  });

  test('a zone only the file defines (Outlook names) goes through its VTIMEZONE, for a series too', () => {
    const text = calendar(
      outlookZone,
      vevent('w@test', 'SUMMARY:Late meeting', 'DTSTART;TZID=W. Europe Standard Time:20260701T233000'),
      vevent(
        's@test',
        'SUMMARY:Winter call',
        'DTSTART;TZID=W. Europe Standard Time:20260105T003000',
        'RRULE:FREQ=WEEKLY;COUNT=2',
      ),
    );
    // 23:30 CEST is 21:30 UTC: still 1 July in UTC, already 2 July in Tokyo. 00:30 CET on a
    // Monday is 23:30 UTC on the Sunday.
    expect(days(imported(text, options('UTC')))).toEqual([
      '2026-01-04 Winter call',
      '2026-01-11 Winter call',
      '2026-07-01 Late meeting',
    ]);
    expect(starts(imported(text, options('Asia/Tokyo')))).toEqual(['2026-01-05', '2026-01-12', '2026-07-02']);
  });

  test('a VTIMEZONE without a TZID is passed over', () => {
    // ical.js throws when it looks up a TZID the file doesn't define past such a VTIMEZONE.
    const text = calendar(
      'BEGIN:VTIMEZONE\r\nX-INVALID-TIMEZONE:TRUE\r\nEND:VTIMEZONE',
      vevent('z@test', 'SUMMARY:Talk', 'DTSTART;TZID=Europe/Paris:20260310T233000'),
    );
    const result = imported(text, options('UTC'));
    expect(result.skipped).toEqual([]);
    expect(starts(result)).toEqual(['2026-03-10']);
  });

  test('a TZID nobody defines is taken as the brand clock', () => {
    const text = calendar(vevent('n@test', 'SUMMARY:Somewhere', 'DTSTART;TZID=Mars/Olympus:20260310T233000'));
    expect(starts(imported(text, options('Asia/Tokyo')))).toEqual(['2026-03-10']);
    expect(starts(imported(text, options('America/Los_Angeles')))).toEqual(['2026-03-10']);
  });

  test('an event spanning days keeps its first and last day in the brand zone', () => {
    const text = calendar(
      vevent(
        's@test',
        'SUMMARY:Night market',
        'DTSTART;TZID=Europe/Paris:20260612T220000',
        'DTEND;TZID=Europe/Paris:20260613T020000',
      ),
    );
    expect(days(imported(text, options('Europe/Paris')))).toEqual(['2026-06-12..2026-06-13 Night market']);
    // 20:00 to 00:00 UTC: one day for a brand in London's winter-less UTC.
    expect(days(imported(text, options('UTC')))).toEqual(['2026-06-12 Night market']);
  });
});
