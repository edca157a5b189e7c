import * as v from 'valibot';
import { commentCategories } from './comment';
import { categories, formats } from './content-types';
import { isHashtag } from './hashtag';
import { mastodonOrigin } from './mastodon-origin';
import { networks } from './networks';
import { weekdays } from './weekdays';

/**
 * The brand settings, validated on every save and import. Messages are i18n keys (public/_locales)
 * so the options page can show each problem, with its path, in the user's language.
 */
export const SETTINGS_VERSION = 3;

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

/** A handle, page name or acct as the user writes it (`@acme`, `acme@fosstodon.org`, `Acme Coffee`). */
const Handle = v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(200, 'errTooLong'));
/** Each network's accounts of a brand: a brand may run several (two X accounts, several pages). */
const Accounts = v.record(v.picklist(networks), v.pipe(v.array(Handle), v.maxLength(20, 'errTooMany')));

const DayTheme = v.strictObject({
  hashtags: v.pipe(v.array(Hashtag), v.maxLength(20, 'errTooMany')),
  idea: v.pipe(v.string(), v.maxLength(200, 'errTooLong')),
});

const Cadence = v.strictObject({
  dailyCap: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
  minGapMinutes: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(0, 'errPositive')),
  quietHours: v.nullable(v.strictObject({ from: Clock, to: Clock })),
});

const DateKey = v.pipe(v.string(), v.isoDate('errNotADate'));
const CommentCategory = v.picklist(commentCategories);
const Id = v.pipe(v.string(), v.minLength(1, 'errRequired'), v.maxLength(100, 'errTooLong'));

export const LocalEventSchema = v.pipe(
  v.strictObject({
    id: Id,
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
  id: Id,
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
  /** How to handle a tense exchange of this kind ("thank, acknowledge, move to private message"). */
  guidance: v.pipe(v.string(), v.maxLength(500, 'errTooLong')),
});

/** `{name}`-style placeholders must open and close: a lone brace would be sent as it is. */
function balancedBraces(text: string): boolean {
  let open = false;
  for (const char of text) {
    if (char === '{') {
      if (open) return false;
      open = true;
    } else if (char === '}') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** A saved reply of the answers library, with placeholders (`{name}`, `{brand}`, `{handle}`, `{link}`). */
const Answer = v.strictObject({
  id: Id,
  category: CommentCategory,
  title: v.pipe(v.string(), v.trim(), v.maxLength(100, 'errTooLong')),
  text: v.pipe(
    v.string(),
    v.minLength(1, 'errRequired'),
    v.maxLength(2000, 'errTooLong'),
    v.check(balancedBraces, 'errPlaceholderBraces'),
  ),
  /** Optional advice for a tense exchange, shown beside the answer. */
  guidance: v.optional(v.pipe(v.string(), v.maxLength(500, 'errTooLong'))),
});

const RecurringTask = v.strictObject({
  id: Id,
  label: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(200, 'errTooLong')),
});

const Starter = v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(500, 'errTooLong'));

/** An ISO 3166-1 alpha-2 country (`FR`), and date-holidays' region codes within it (`QC`, `75`). */
const Country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'errNotACountry'));
const RegionCode = v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,4}$/i, 'errNotARegion'));

const Weekdays = v.strictObject(
  Object.fromEntries(weekdays.map((day) => [day, DayTheme])) as Record<
    (typeof weekdays)[number],
    typeof DayTheme
  >,
);

/**
 * One brand and everything planned for it: an agency runs several, each with its own themes,
 * targets, cadence, policy and calendar (the handbook's plan is per brand).
 */
export const Brand = v.strictObject({
  id: Id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'errRequired'), v.maxLength(100, 'errTooLong')),
  accounts: Accounts,
  ownDomains: v.pipe(v.array(Domain), v.maxLength(100, 'errTooMany')),
  /** The brand's language; absent means the browser's. It picks themes, day names and starters. */
  language: v.optional(v.picklist(['en', 'fr', 'ru'])),
  /** Where the brand is: its public holidays and observances. Absent means the browser's country. */
  country: v.optional(Country),
  regions: v.pipe(v.array(RegionCode), v.maxLength(50, 'errTooMany')),
  weekdayThemes: Weekdays,
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
    allowedDomains: v.pipe(v.array(Domain), v.maxLength(200, 'errTooMany')),
  }),
  businessHours: v.pipe(
    v.strictObject({
      days: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))), v.maxLength(7)),
      open: Clock,
      close: Clock,
      /** An IANA zone; empty means the browser's own. */
      timeZone: TimeZone,
    }),
    v.check((hours) => hours.open < hours.close, 'errCloseBeforeOpen'),
  ),
  answerDeadlineHours: v.pipe(v.number(), v.minValue(0.25, 'errPositive'), v.maxValue(720, 'errTooLarge')),
  communicationPolicy: v.pipe(v.array(PolicyLine), v.maxLength(50, 'errTooMany')),
  answers: v.pipe(v.array(Answer), v.maxLength(500, 'errTooMany')),
  /** The user's own starter prompts per content category; a category absent here gets the built-in ones. */
  starters: v.record(v.picklist(categories), v.pipe(v.array(Starter), v.maxLength(20, 'errTooMany'))),
  localEvents: v.pipe(v.array(LocalEventSchema), v.maxLength(2000, 'errTooMany')),
  customDays: v.pipe(v.array(CustomDay), v.maxLength(1000, 'errTooMany')),
  /** Regions of the unusual-days dataset switched off (`international`, `FR`, …). */
  disabledRegions: v.pipe(v.array(v.string()), v.maxLength(300, 'errTooMany')),
  /** Other countries' unusual days the user opted into (the brand's own country is shown anyway). */
  enabledRegions: v.pipe(v.array(v.string()), v.maxLength(300, 'errTooMany')),
  recurringTasks: v.pipe(v.array(RecurringTask), v.maxLength(100, 'errTooMany')),
});

export const SettingsSchema = v.pipe(
  v.strictObject({
    version: v.literal(SETTINGS_VERSION),
    brands: v.pipe(v.array(Brand), v.minLength(1, 'errNoBrand'), v.maxLength(50, 'errTooMany')),
    activeBrandId: v.string(),
    /** Origins (`https://fosstodon.org`) of Mastodon instances the user added. */
    mastodonInstances: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.check((origin) => mastodonOrigin(origin) === origin, 'errNotAnInstance'),
        ),
      ),
      v.maxLength(50, 'errTooMany'),
    ),
    mastodonCharLimit: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
    draftExpiryDays: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
    /** How long page text (comments, drafts, posts) is kept. */
    retentionDays: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
    /** An awaiting comment older than this is stale: not counted, not notified, kept for the report. */
    staleAfterDays: v.pipe(v.number(), v.integer('errNotWhole'), v.minValue(1, 'errPositive')),
    /** The reminders, each switchable: one when a comment comes within an hour of its deadline, one when it passes it. */
    notifications: v.strictObject({ dueSoon: v.boolean(), overdue: v.boolean() }),
    deleteGuard: v.boolean(),
    debugSelectors: v.boolean(),
  }),
  v.check(
    (settings) => new Set(settings.brands.map((brand) => brand.id)).size === settings.brands.length,
    'errDuplicateBrand',
  ),
);

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Brand = v.InferOutput<typeof Brand>;
export type DayTheme = v.InferOutput<typeof DayTheme>;
export type LocalEvent = v.InferOutput<typeof LocalEventSchema>;
/** One local event alone, for the calendar import to check each event it makes. */

export type CustomDay = v.InferOutput<typeof CustomDay>;
export type PolicyLine = v.InferOutput<typeof PolicyLine>;
export type Answer = v.InferOutput<typeof Answer>;
export type CadenceSettings = v.InferOutput<typeof Cadence>;
export type RecurringTask = v.InferOutput<typeof RecurringTask>;
