import * as v from 'valibot';
import {
  type BackupContents,
  type BackupRecord,
  type BackupStore,
  backupRecordSchemas,
  backupStores,
  PAGE_MAX_RECORDS,
} from './backup-format';
import type { Suggestion } from './calendar';
import type { CommentRecord, CommentsSummary } from './comment';
import { type Category, categories, type Format } from './content-types';
import { attachmentKinds } from './draft';
import type { Finding } from './finding';
import { mastodonOrigin } from './mastodon-origin';
import { type Network, networks } from './networks';
import type { PinnedIdea, PlanItem, PlanWeek, StarterOffer } from './plan';
import { type PostRecord, PostSchema } from './post';
import type { Report } from './report';
import type { Settings } from './settings-schema';
import type { PopupToday } from './today';
import type { Problem } from './validation';

/**
 * The one message protocol between the extension's parts. Every request is checked against its
 * schema where it is received (the background); an unknown or malformed one gets an error
 * response and changes nothing.
 */

const NetworkName = v.picklist(networks);
const Epoch = v.pipe(v.number(), v.finite());
const Empty = v.strictObject({});

/** UI preferences the parts may read and write; anything else is refused. */
export const prefKeys = ['panelCollapsed'] as const;

const PageUrl = v.pipe(v.string(), v.maxLength(2000));
const BrandId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** A draft as the content script read it; the background judges it. */
const DraftSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(100_000)),
  network: NetworkName,
  kind: v.picklist(['post', 'reply']),
  replyTo: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
  attachments: v.pipe(v.array(v.picklist(attachmentKinds)), v.maxLength(50)),
});

/** A page's draft key (`network:kind:origin+path`); the background adds the tab after a `#`. */
const DraftKey = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(2100),
  v.check((key) => !key.includes('#'), 'a page key has no #'),
);

const DayKey = v.pipe(v.string(), v.isoDate());
const PlanId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const PlanText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(10_000));
/** `theme`, `comments`, …, or `task:<id>` for the brand's recurring tasks. */
const CheckId = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const DataKind = v.picklist(['posts', 'comments']);
const InstanceOrigin = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check((origin) => mastodonOrigin(origin) === origin, 'not an https origin'),
);

const BackupStoreName = v.picklist(backupStores);
/** A restore in progress, named by the background at `restore.begin`. */
const RestoreSession = v.pipe(v.string(), v.uuid());
const RecordCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
/** One page of one store's records, checked record by record against the store's schema. */
const restorePage = <S extends BackupStore>(store: S) =>
  v.strictObject({
    session: RestoreSession,
    /** The page's place in the file: sent twice (a retry after the worker stopped), it is stored once. */
    seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
    store: v.literal(store),
    records: v.pipe(v.array(backupRecordSchemas[store]), v.maxLength(PAGE_MAX_RECORDS)),
  });

export const requestSchemas = {
  ping: Empty,
  'settings.get': Empty,
  /** The settings are checked against the settings schema by the handler, to report each problem. */
  'settings.save': v.strictObject({ settings: v.unknown() }),
  'prefs.get': v.strictObject({ key: v.picklist(prefKeys) }),
  'prefs.set': v.strictObject({
    key: v.picklist(prefKeys),
    value: v.union([v.boolean(), v.string(), v.number()]),
  }),
  'posts.log': v.strictObject({ post: PostSchema }),
  'posts.since': v.strictObject({ since: Epoch, network: v.optional(NetworkName) }),
  'drafts.save': v.strictObject({
    key: DraftKey,
    network: NetworkName,
    kind: v.picklist(['post', 'reply']),
    pageUrl: v.pipe(v.string(), v.maxLength(2000)),
    text: v.pipe(v.string(), v.maxLength(100_000)),
  }),
  'drafts.get': v.strictObject({ key: DraftKey }),
  /** What a content script needs to start on its page (the page is the sender's, never a payload). */
  'page.context': Empty,
  /** Judges a settled draft: the rules, the calendar and their libraries live in the background. */
  'advice.request': v.strictObject({
    draft: DraftSchema,
    /** The user's choice of category in the panel, which wins over the guess. */
    category: v.optional(v.picklist(categories)),
    /** The brand the panel advises for; the active brand when absent. */
    brandId: v.optional(BrandId),
    /** The page's "now": the day the user is writing for is the one their page shows. */
    now: v.optional(Epoch),
  }),
  /** The user published this draft from a page: the background derives its facts and logs it. */
  'posts.published': v.strictObject({
    draft: DraftSchema,
    category: v.optional(v.picklist(categories)),
    brandId: v.optional(BrandId),
    publishedAt: Epoch,
  }),
  /** Comments an adapter saw on a page; upserted, then the page's awaiting ones are answered. */
  /**
   * Each comment is checked on its own by the handler (SeenCommentSchema): one bad item is dropped
   * and counted, never the batch. The brand is the one the page's panel advises for.
   */
  'comments.seen': v.strictObject({
    pageUrl: PageUrl,
    brandId: v.optional(BrandId),
    comments: v.pipe(v.array(v.unknown()), v.maxLength(2000)),
  }),
  'comments.page': v.strictObject({ pageUrl: PageUrl, brandId: v.optional(BrandId) }),
  /** Opens the options at the brand's account field for a network (the panel's link; harmless). */
  'options.account': v.strictObject({ network: NetworkName }),
  'comments.mark': v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(600)),
    status: v.picklist(['answered', 'no-reply-needed', 'awaiting']),
    reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
  }),
  'comments.summary': v.strictObject({ allBrands: v.optional(v.boolean()) }),
  'drafts.clear': v.strictObject({ key: DraftKey }),
  /** The popup's checklist in one answer; `now` is the popup's clock, which decides "today". */
  'popup.today': v.strictObject({
    now: Epoch,
    /** Count every brand's awaiting comments instead of the active brand's. */
    allBrands: v.optional(v.boolean()),
  }),
  'checklist.get': v.strictObject({ day: DayKey }),
  'checklist.tick': v.strictObject({ day: DayKey, id: CheckId, done: v.boolean() }),
  /** An imported settings file (any version, or bare settings): migrated, checked, saved whole or not at all. */
  'settings.import': v.strictObject({ file: v.unknown() }),
  'data.export': v.strictObject({ kind: DataKind, format: v.picklist(['json', 'csv']) }),
  'data.clear': v.strictObject({ kind: DataKind }),
  /** After the options page got the host permission: save the instance and register the content script. */
  'mastodon.add': v.strictObject({ origin: InstanceOrigin }),
  'mastodon.remove': v.strictObject({ origin: InstanceOrigin }),
  /** Whether the stored settings passed validation; if not, what is wrong, and the backups kept. */
  'settings.health': Empty,
  /** The user's choice for the stored settings: repaired, a backup brought back, or the defaults. */
  'settings.resolve': v.strictObject({
    choice: v.picklist(['repair', 'restore', 'reset']),
    backupId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
  }),
  /** The full backup (shared/backup-format.ts): which stores, how many records, and the settings. */
  'backup.summary': Empty,
  /** One page of a store's records in key order, after the key `after`. */
  'backup.page': v.strictObject({
    store: BackupStoreName,
    after: v.optional(v.pipe(v.string(), v.maxLength(3000))),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PAGE_MAX_RECORDS))),
  }),
  /** A restore starts: pages are staged in the database, nothing of the user's data changes yet. */
  'restore.begin': Empty,
  'restore.page': v.variant('store', [
    restorePage('posts'),
    restorePage('comments'),
    restorePage('drafts'),
    restorePage('checklistDays'),
    restorePage('plan'),
  ]),
  /**
   * Everything staged replaces the stores the backup holds, and the settings, in one transaction;
   * `contents` says how many records each store should have, so a lost page is caught.
   */
  'restore.commit': v.strictObject({
    session: RestoreSession,
    settings: v.unknown(),
    contents: v.record(BackupStoreName, RecordCount),
  }),
  'restore.abort': v.strictObject({ session: RestoreSession }),
  /** The week you can fill, for a brand (the active one when absent), from the page's `now`. */
  'plan.week': v.strictObject({ now: Epoch, brandId: v.optional(BrandId) }),
  /** Pins an idea or a saved draft's text to a day and network of a brand's week. */
  'plan.pin': v.strictObject({
    brandId: BrandId,
    day: DayKey,
    network: NetworkName,
    text: PlanText,
    category: v.optional(v.picklist(categories)),
    source: v.picklist(['idea', 'draft']),
  }),
  /** Moves a pinned item, marks it done or not, or changes its text. */
  'plan.update': v.strictObject({
    id: PlanId,
    day: v.optional(DayKey),
    network: v.optional(NetworkName),
    done: v.optional(v.boolean()),
    text: v.optional(PlanText),
  }),
  'plan.remove': v.strictObject({ id: PlanId }),
  /** The saved drafts, newest first, for the week's "pin a saved draft". */
  'plan.drafts': Empty,
  /**
   * The report of the week or month containing `day`, for one brand or (no `brandId`) all of them;
   * `now` is the page's clock, which decides what is overdue.
   */
  'report.get': v.strictObject({
    brandId: v.optional(BrandId),
    period: v.picklist(['week', 'month']),
    day: DayKey,
    now: Epoch,
  }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<K extends RequestType> = v.InferOutput<(typeof requestSchemas)[K]>;

/** What each request answers with. */
export interface ResponseData {
  ping: { pong: true; version: string };
  'settings.get': Settings;
  'settings.save': { saved: true; settings: Settings } | { saved: false; problems: Problem[] };
  'prefs.get': { value: unknown };
  'prefs.set': { saved: true };
  'posts.log': { added: boolean };
  'posts.since': PostRecord[];
  'drafts.save': { saved: true };
  'drafts.get': { text: string; savedAt: number } | null;
  'drafts.clear': { cleared: true };
  'page.context': PageContext;
  'advice.request': Advice;
  'posts.published': { added: boolean };
  'comments.seen': { added: number; updated: number; rejected: number };
  'comments.page': PageComments;
  'options.account': { opened: boolean };
  'comments.mark': { changed: boolean };
  'comments.summary': CommentsSummary;
  'popup.today': PopupToday;
  'checklist.get': { ticks: Record<string, boolean> };
  'checklist.tick': { ticks: Record<string, boolean> };
  'settings.import': { saved: true; settings: Settings } | { saved: false; problems: Problem[] };
  'data.export': { filename: string; mime: string; text: string; count: number };
  'data.clear': { removed: number };
  'mastodon.add': { instances: string[]; registered: boolean };
  'mastodon.remove': { instances: string[] };
  'settings.health': SettingsHealth;
  'settings.resolve': { saved: true; settings: Settings } | { saved: false; problems: Problem[] };
  'backup.summary': { contents: Required<BackupContents>; settings: Settings };
  'backup.page': { records: BackupRecord[]; next: string | null };
  'restore.begin': { session: string };
  'restore.page': { staged: number };
  'restore.commit':
    | { restored: true; settings: Settings; contents: BackupContents }
    | { restored: false; problems: Problem[] };
  'restore.abort': { aborted: true };
  'plan.week': PlanWeek;
  'plan.pin': PlanItem;
  'plan.update': { item: PlanItem | null };
  'plan.remove': { removed: true };
  'plan.drafts': { network: Network; text: string; savedAt: number }[];
  'report.get': Report;
}

/** What a repair does about one problem: the default put in, the entry removed, the list item dropped. */
export type SettingsFix = 'default' | 'removed' | 'dropped';

/** A problem of the stored settings record, and what "repair" would do about it (none: it can't). */
export interface SettingsProblem extends Problem {
  fix?: SettingsFix;
}

/** Why a backup of the settings was taken. */
export type SettingsBackupReason = 'migration' | 'import' | 'damaged' | 'restore' | 'reset';

export interface SettingsBackupSummary {
  id: string;
  reason: SettingsBackupReason;
  takenAt: number;
  /** The settings version the backup was written by, if it says. */
  version: number | null;
  /** It passes validation (after migration), so restoring it would work. */
  restorable: boolean;
}

/**
 * The stored settings record failed validation. It is kept as it is; meanwhile the extension works
 * with a repaired reading of it, and no whole-record write happens until the user chooses.
 */
export interface SettingsDamage {
  /** The version the record says it was written by, if any. */
  version: number | null;
  /** Written by a newer version of the extension: never repaired down, only replaced by choice. */
  newer: boolean;
  problems: SettingsProblem[];
}

export interface SettingsHealth {
  damaged: SettingsDamage | null;
  /** Newest first. */
  backups: SettingsBackupSummary[];
}

/** What a content script learns about its page at start, and again when settings change. */
export interface PageContext {
  /** The network of the sender's page (an added Mastodon instance included), or null. */
  network: Network | null;
  /** Every brand with its accounts on this network (possibly none), for the panel to pick from. */
  brands: PageBrand[];
  /** The brand the user made active: the panel's choice when the page names none of the accounts. */
  activeBrandId: string;
  deleteGuard: boolean;
  debugSelectors: boolean;
  panelCollapsed: boolean;
}

/** A brand as a page needs it: who it is and its accounts on the page's network. */
export interface PageBrand {
  id: string;
  name: string;
  accounts: string[];
}

/** The content type the rules guessed for a draft, and how sure they are (0–1). */
export interface DraftType {
  format: Format;
  category: Category | null;
  confidence: number;
}

/** The background's judgement of one draft, for the panel to render as it is. */
export interface Advice {
  now: number;
  findings: Finding[];
  /** Rules that failed on this draft (the other findings still show). */
  ruleErrors: string[];
  draftType: DraftType;
  /** Case-insensitive keys of the draft's hashtags, so a tag already there isn't offered again. */
  draftHashtags: string[];
  suggestions: Suggestion[];
  /** Ideas pinned for today on the draft's network, not done yet. */
  pinned?: PinnedIdea[];
  /** Starter prompts of the categories the mix needs more of. */
  starters?: StarterOffer[];
}

/** A saved answer offered beside a comment, its placeholders filled where the page allows. */
export interface AnswerOffer {
  id: string;
  title: string;
  text: string;
  /** Placeholders still in `text` (`{link}` without an own domain, an unknown one): the user fills them. */
  unfilled: string[];
  /** How to handle a tense exchange, shown beside the answer. */
  guidance?: string;
  /** Over the network's limit once filled. */
  over?: { count: number; max: number };
}

export interface PageComments {
  items: (Pick<CommentRecord, 'id' | 'author' | 'excerpt' | 'dueAt' | 'category' | 'pageUrl'> & {
    person?: string;
    answers?: AnswerOffer[];
  })[];
  awaitingElsewhere: number;
}

export type ErrorCode = 'unknown-type' | 'invalid-message' | 'forbidden' | 'handler-failed';

export type Response<K extends RequestType> =
  | { ok: true; data: ResponseData[K] }
  | { ok: false; error: { code: ErrorCode; message: string; problems?: Problem[] } };

/** The envelope every request travels in, before its payload is checked. */
export const RequestEnvelope = v.strictObject({
  type: v.string(),
  payload: v.optional(v.unknown(), {}),
});

/**
 * What a content script may ask: only about its own tab's page. Everything else (settings save and
 * import, data export and clear, instances, the popup's views) answers only the extension's own pages.
 */
export const pageRequestTypes: ReadonlySet<RequestType> = new Set<RequestType>([
  'ping',
  'page.context',
  'advice.request',
  'posts.published',
  'prefs.get',
  'prefs.set',
  'drafts.save',
  'drafts.get',
  'drafts.clear',
  'comments.seen',
  'comments.page',
  'comments.mark',
  'options.account',
]);

export function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(requestSchemas, type);
}
