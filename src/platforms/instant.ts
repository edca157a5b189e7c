/**
 * Epoch milliseconds of a `<time datetime>` value, NaN when it names no instant. The networks write
 * UTC instants in one form, `2025-11-20T09:05:00.000Z`, and a comment scan reads one per comment:
 * that form is read here with integer arithmetic, which costs a fraction of `Date.parse`; any other
 * form (an offset, no milliseconds, an out-of-range field) is left to `Date.parse`, so the answer
 * is always the browser's own.
 */
export function parseInstant(value: string): number {
  if (
    value.length !== 24 ||
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 || // :
    value.charCodeAt(16) !== 58 ||
    value.charCodeAt(19) !== 46 || // .
    value.charCodeAt(23) !== 90 // Z
  )
    return Date.parse(value);
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  const milli = digits(value, 20, 3);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    milli < 0
  )
    return Date.parse(value);
  return (((daysFromEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000 + milli;
}

/** The number written at `start` over `length` ASCII digits; -1 if one of them isn't a digit. */
function digits(value: string, start: number, length: number): number {
  let number = 0;
  for (let index = start; index < start + length; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
