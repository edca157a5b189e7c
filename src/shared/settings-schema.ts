import * as v from 'valibot';
import { categories, formats } from './content-types';
import { isHashtag } from './hashtag';
import { networks } from './networks';
import { weekdays } from './weekdays';

/**
 * The brand settings, validated on every save and import. Messages are i18n keys (public/_locales)
 * so the options page can show each problem, with its path, in the user's language.
 */
export const SETTINGS_VERSION = 2;

const domainPattern =
  /^(?=.{1,253}$)(?!-)[\p{L}\p{N}-]{1,63}(?<!-)(\.(?!-)[\p{L}\p{N}-]{1,63}(?<!-))*\.[\p{L}]{2,63}$/u;
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export const Domain = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(domainPattern, 'errNotADomain'));
export const Hashtag = v.pipe(v.string(), v.trim(), v.check(isHashtag, 'errNotAHashtag'));
export const Clock = v.pipe(v.string(), v.regex(clockPattern, 'errNotAClock'));
const Percent = v.pipe(
  v.number(),
  v.integer('errNotWhole'),
  v.minValue(0, 'errPercentRange'),
  v.maxValue(100, 'errPercentRange'),
);
const TimeZone = v.pipe(
  v.string(),
  v.check((zone) => zone === '' || isTimeZone(zone), 'errNotATimeZone'),
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function shares<K extends string>(keys: readonly K[]) {
  return v.pipe(
    v.strictObject(Object.fromEntries(keys.map((key) => [key, Percent])) as Record<K, typeof Percent>),
    v.check((record) => Object.values<number>(record).reduce((a, b) => a + b, 0) === 100, 'errSharesNot100'),
  );
}

const Accounts = v.record(v.picklist(networks), v.pipe(v.string(), v.trim()));

export const Brand = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1, 'errRequired')),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(100, 'errTooLong')),
  accounts: Accounts,
  ownDomains: v.array(Domain),
  language: v.optional(v.picklist(['en', 'fr', 'ru'])),
});

const DayTheme = v.strictObject({
  hashtags: v.array(Hashtag),
  idea: v.pipe(v.string(), v.maxLength(200, 'errTooLong')),
});

const Cadence = v.strictObject({
  dailyCap: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
  minGapMinutes: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(0, 'errPositive')),
  quietHours: v.nullable(v.strictObject({ from: Clock, to: Clock })),
});

const DateKey = v.pipe(v.string(), v.isoDate('errNotADate'));
const CommentCategory = v.picklist(['question', 'complaint', 'praise', 'request', 'spam-like', 'other']);

const LocalEvent = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1, 'errRequired')),
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(200, 'errTooLong')),
    /** First day, `YYYY-MM-DD`, in the brand's zone. */
    start: DateKey,
    /** Last day (inclusive); absent for a one-day event. */
    end: v.optional(DateKey),
    place: v.optional(v.pipe(v.string(), v.maxLength(200, 'errTooLong'))),
    hashtag: v.optional(Hashtag),
  }),
  v.check((event) => !event.end || event.end >= event.start, 'errEndBeforeStart'),
);

const CustomDay = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1, 'errRequired')),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(200, 'errTooLong')),
  /** Every year on this day: `MM-DD`. */
  date: v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'errNotAMonthDay')),
  hashtag: Hashtag,
});

const PolicyLine = v.strictObject({
  category: CommentCategory,
  /** Who answers this kind of comment. */
  person: v.pipe(v.string(), v.maxLength(100, 'errTooLong')),
  /** Overrides the default answer deadline; null keeps it. */
  deadlineHours: v.nullable(
    v.pipe(v.number(), v.minValue(0.25, 'errPositive'), v.maxValue(720, 'errTooLarge')),
  ),
  template: v.pipe(v.string(), v.maxLength(2000, 'errTooLong')),
});

const RecurringTask = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1, 'errRequired')),
  label: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(200, 'errTooLong')),
});

export const SettingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  brands: v.pipe(v.array(Brand), v.minLength(1, 'errNoBrand')),
  activeBrandId: v.string(),
  weekdayThemes: v.strictObject(
    Object.fromEntries(weekdays.map((day) => [day, DayTheme])) as Record<
      (typeof weekdays)[number],
      typeof DayTheme
    >,
  ),
  mix: v.strictObject({
    windowDays: v.pipe(
      v.number(),
      v.integer('errNotWhole'),
      v.minValue(1, 'errPositive'),
      v.maxValue(365, 'errTooLarge'),
    ),
    tolerance: Percent,
    formats: shares(formats),
    categories: shares(categories),
  }),
  cadence: v.strictObject(
    Object.fromEntries(networks.map((network) => [network, Cadence])) as Record<
      (typeof networks)[number],
      typeof Cadence
    >,
  ),
  linkPolicy: v.strictObject({
    external: v.picklist(['allow', 'warn', 'avoid']),
    allowedDomains: v.array(Domain),
  }),
  businessHours: v.pipe(
    v.strictObject({
      days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
      open: Clock,
      close: Clock,
      /** An IANA zone; empty means the browser's own. */
      timeZone: TimeZone,
    }),
    v.check((hours) => hours.open < hours.close, 'errCloseBeforeOpen'),
  ),
  answerDeadlineHours: v.pipe(v.number(), v.minValue(0.25, 'errPositive'), v.maxValue(720, 'errTooLarge')),
  communicationPolicy: v.array(PolicyLine),
  localEvents: v.array(LocalEvent),
  customDays: v.array(CustomDay),
  /** Regions of the unusual-days dataset the user switched off (`international`, `FR`, …). */
  disabledRegions: v.array(v.string()),
  recurringTasks: v.array(RecurringTask),
  /** Origins (`https://fosstodon.org`) of Mastodon instances the user added. */
  mastodonInstances: v.array(v.pipe(v.string(), v.url('errNotAUrl'))),
  mastodonCharLimit: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
  draftExpiryDays: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
  retentionDays: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
  /** The reminders, each switchable: one when a comment comes within an hour of its deadline, one when it passes it. */
  notifications: v.strictObject({ dueSoon: v.boolean(), overdue: v.boolean() }),
  deleteGuard: v.boolean(),
  debugSelectors: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Brand = v.InferOutput<typeof Brand>;
export type DayTheme = v.InferOutput<typeof DayTheme>;
export type LocalEvent = v.InferOutput<typeof LocalEvent>;
export type CustomDay = v.InferOutput<typeof CustomDay>;
export type PolicyLine = v.InferOutput<typeof PolicyLine>;
export type CadenceSettings = v.InferOutput<typeof Cadence>;
export type RecurringTask = v.InferOutput<typeof RecurringTask>;
