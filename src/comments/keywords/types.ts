import type { CommentCategory } from '../../shared/comment';

/**
 * One language's signals per category. Each entry is a word or phrase matched on word boundaries
 * (letters or digits on neither side); a trailing `*` matches any ending, for inflected languages
 * ("ужасн*" finds ужасно, ужасный, ужасная…). Matching ignores case and accents, on both sides.
 */
export type KeywordList = Record<Exclude<CommentCategory, 'other'>, readonly string[]>;
