/** Builders shared by the rules' unit tests. */
import type { Category, Format } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import type { Finding } from '../shared/finding';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import type { RuleContext } from './context';
import { draftFacts } from './draft-facts';
import type { Rule } from './rule';

/** Tuesday 18 March 2025, 14:30 in Paris (13:30 UTC). */
export const now = Date.UTC(2025, 2, 18, 13, 30);
export const zone = 'Europe/Paris';
export const hour = 3_600_000;

export function settings(change: (settings: BrandSettings) => void = () => {}): BrandSettings {
  const value = settingsFor(defaultSettings());
  value.ownDomains = ['brand.com', 'марка.рф'];
  change(value);
  return value;
}

export function context(extra: Partial<RuleContext> = {}): RuleContext {
  return { now, zone, settings: settings(), log: [], calendarHashtags: [], ...extra };
}

export function draft(text: string, extra: Partial<Draft> = {}): Draft {
  return { text, network: 'facebook', kind: 'post', attachments: [], ...extra };
}

let postCount = 0;

export function post(hoursAgo: number, extra: Partial<PostRecord> = {}): PostRecord {
  postCount++;
  return {
    id: `post-${postCount}`,
    network: 'facebook',
    brandId: 'brand-1',
    publishedAt: now - hoursAgo * hour,
    format: 'image' as Format,
    category: 'question' as Category,
    hashtags: [],
    links: [],
    excerpt: `post ${postCount}`,
    source: 'page',
    ...extra,
  };
}

export const ids = (findings: readonly Finding[]) => findings.map((finding) => finding.id);

export function only(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((finding) => finding.id === id);
}

/** Runs one rule as `runRules` does: on the draft's facts, derived once. */
export function judge(rule: Rule, value: Draft, ctx: RuleContext): Finding[] {
  return rule.check(value, ctx, draftFacts(value, ctx));
}
