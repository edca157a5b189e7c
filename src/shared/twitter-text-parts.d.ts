/**
 * twitter-text's own modules, imported one by one: its index loads every module it has, and each
 * builds its regular expressions when loaded (autolinking, mentions, URL validation), which the
 * service worker paid at every start for the one function it uses (docs/ARCHITECTURE.md budget:
 * 400 ms for a cold worker's first answer).
 */
declare module 'twitter-text/dist/esm/parseTweet' {
  import type { parseTweet } from 'twitter-text';

  const parse: typeof parseTweet;
  export default parse;
}

declare module 'twitter-text/dist/esm/configs' {
  import type { ParseTweetOptions } from 'twitter-text';

  const configs: { defaults: Required<ParseTweetOptions> };
  export default configs;
}
