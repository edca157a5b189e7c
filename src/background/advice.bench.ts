/**
 * `npx tsx e2e/tools/bench.ts advice`: twitter-text's exact X count, which the background takes
 * once per settled long draft (src/background/advice.ts); the figures behind EXACT_X_UNITS.
 */
import { measure } from '../../e2e/tools/measure';
import { EXACT_X_UNITS, exactTwitterLength } from './advice';

const sentence = 'Bonjour à tous 👋 voici https://example.com/page et #Hashtag @someone 日本語テキスト. ';

function draftOf(units: number) {
  return {
    text: sentence.repeat(Math.ceil(units / sentence.length)).slice(0, units),
    network: 'x' as const,
    kind: 'post' as const,
    attachments: [],
  };
}

export async function run(): Promise<void> {
  for (const units of [5_000, 25_000, EXACT_X_UNITS]) {
    const draft = draftOf(units);
    await measure(`x exact count ${units.toLocaleString('en')} chars`, () => exactTwitterLength(draft), {
      samples: 15,
      warmup: 2,
    });
  }
}
