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

/** Lazy, each fact once: a class, whose prototype getters stay fast where object-literal getters didn't. */
class Facts implements DraftFacts {
  #links: readonly FoundLink[] | undefined;
  #hashtags: readonly FoundHashtag[] | undefined;
  #classification: DraftClassification | undefined;
  #brandPosts: readonly PostRecord[] | undefined;

  constructor(
    private readonly draft: Draft,
    private readonly context: RuleContext,
  ) {}

  get links(): readonly FoundLink[] {
    this.#links ??= extractLinks(this.draft.text);
    return this.#links;
  }

  get hashtags(): readonly FoundHashtag[] {
    this.#hashtags ??= extractHashtags(this.draft.text, this.links);
    return this.#hashtags;
  }

  get classification(): DraftClassification {
    this.#classification ??= classify(this.draft, this.context, this);
    return this.#classification;
  }

  get brandPosts(): readonly PostRecord[] {
    this.#brandPosts ??= brandLog(this.context);
    return this.#brandPosts;
  }
}

export function draftFacts(draft: Draft, context: RuleContext): DraftFacts {
  return new Facts(draft, context);
}
