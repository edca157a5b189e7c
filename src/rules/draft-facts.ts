import type { Draft } from '../shared/draft';
import type { PostRecord } from '../shared/post';
import { classify, type DraftClassification } from './classify';
import { brandLog, type RuleContext } from './context';
import { extractHashtags, type FoundHashtag } from './extract-hashtags';
import { extractLinks, type FoundLink } from './extract-links';

/**
 * What several rules (and the panel) need to know about one draft, derived once per judgement and
 * handed to every rule: nothing is scanned twice, and nothing is remembered between drafts. Each
 * fact is derived on first use, so a reply's check never pays for a post's classification.
 * Shared between rules: never mutate.
 */
export interface DraftFacts {
  /** Links in order of appearance. */
  readonly links: readonly FoundLink[];
  /** Hashtags outside links, in order, repeats included. */
  readonly hashtags: readonly FoundHashtag[];
  /** Format and category, the user's choice winning. */
  readonly classification: DraftClassification;
  /** The brand's published posts up to `now`, oldest first. */
  readonly brandPosts: readonly PostRecord[];
}

export function draftFacts(draft: Draft, context: RuleContext): DraftFacts {
  let links: readonly FoundLink[] | undefined;
  let hashtags: readonly FoundHashtag[] | undefined;
  let classification: DraftClassification | undefined;
  let brandPosts: readonly PostRecord[] | undefined;
  const facts: DraftFacts = {
    get links() {
      links ??= extractLinks(draft.text);
      return links;
    },
    get hashtags() {
      hashtags ??= extractHashtags(draft.text, facts.links);
      return hashtags;
    },
    get classification() {
      classification ??= classify(draft, context, facts);
      return classification;
    },
    get brandPosts() {
      brandPosts ??= brandLog(context);
      return brandPosts;
    },
  };
  return facts;
}
