import type { Category, Format } from '../shared/content-types';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { resolveZone } from '../shared/time';

/** The user's correction of the panel's guess; it wins over the classifier. */
export interface DraftOverride {
  format?: Format;
  category?: Category;
}

/** Everything a rule may know besides the draft. Rules never read the clock or storage. */
export interface RuleContext {
  /** Epoch milliseconds of "now". */
  now: number;
  /** IANA time zone of the user; empty means the runtime's own. */
  zone: string;
  settings: BrandSettings;
  /** The recent publishing log (any order, any brand; rules pick what concerns them). */
  log: readonly PostRecord[];
  /** Hashtags of today's calendar days (holidays, unusual days, local events), from src/calendar. */
  calendarHashtags: readonly string[];
  override?: DraftOverride;
  /**
   * The exact X weight of a long draft, when the caller could afford twitter-text's full count
   * (the background does, once per settled draft); the length rule's fast count otherwise.
   */
  exactTwitterLength?: number;
}

/** A context with the usual defaults: the settings' zone (else the browser's), empty log and calendar. */
export function ruleContext(
  settings: BrandSettings,
  now: number,
  extra: Partial<Omit<RuleContext, 'settings' | 'now'>> = {},
): RuleContext {
  return {
    now,
    zone: extra.zone ?? resolveZone(settings.businessHours.timeZone),
    settings,
    log: extra.log ?? [],
    calendarHashtags: extra.calendarHashtags ?? [],
    ...(extra.override ? { override: extra.override } : {}),
  };
}

export function zoneOf(context: RuleContext): string {
  return context.zone || resolveZone(context.settings.businessHours.timeZone);
}

/** The brand the draft is written for: its identity and plan are the context's settings. */
export function brandOf(context: RuleContext): BrandSettings {
  return context.settings;
}

/**
 * The active brand's published posts up to `now`, oldest first. With a single brand every logged
 * post is that brand's, whatever id an older version stored; with several, only its own count.
 */
export function brandLog(context: RuleContext): PostRecord[] {
  const brandId = brandOf(context).id;
  const several = context.settings.brandCount > 1;
  return context.log
    .filter((post) => post.publishedAt <= context.now && (!several || post.brandId === brandId))
    .sort((a, b) => a.publishedAt - b.publishedAt);
}
