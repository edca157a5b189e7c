/**
 * `npx tsx e2e/tools/bench.ts rules`: all rules on a 5,000-character mixed draft with a realistic
 * publishing log (docs/ARCHITECTURE.md, "Budgets": median under 1 ms in Node).
 */
import { measure } from '../../e2e/tools/measure';
import { categories, formats } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import type { Network } from '../shared/networks';
import { networks } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { ruleContext } from './context';
import { runRules } from './index';

const paragraphs = [
  'Bonjour à tous ! Découvrez notre nouvelle collection sur brand.com/shop et lisez l’article https://www.lemonde.fr/economie/article/2025/03/12/exemple.html #Café #TipTuesday ☕️🥐',
  'Привет, друзья! Скидка 20% на всё до 15 мая — подробности на www.brand.com/ru/akcii 🎉 Напишите в комментариях, что вам нравится больше всего? #привет #скидка',
  'Quick tip: keep your beans in an airtight jar, away from light. More on bit.ly/3xYzAbc and example.org/guide?ref=social 👍🏽 👨‍👩‍👧 🇫🇷',
  '今日のおすすめ：新しいブレンド。東京の店舗でお待ちしています。 Join us at the Paris coffee festival this Saturday! #FridayFun',
  'Thank you Marie for your kind words: “The best croissant in town, and the staff is lovely.” — see all reviews at brand.com/avis',
];

function mixedDraft(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${paragraphs[index % paragraphs.length]}\n\n`;
  return text.slice(0, length);
}

const now = Date.UTC(2025, 2, 18, 14, 30);

function publishingLog(count: number): PostRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `post-${index}`,
    network: networks[index % networks.length],
    brandId: 'brand-1',
    publishedAt: now - (index + 1) * 2.3 * 3_600_000,
    format: formats[(index * 7) % formats.length],
    category: categories[(index * 3) % categories.length],
    hashtags: ['#TipTuesday'],
    links: [],
    excerpt: paragraphs[index % paragraphs.length].slice(0, 80),
    source: 'page' as const,
  }));
}

export async function run(): Promise<void> {
  const settings = settingsFor(defaultSettings());
  settings.ownDomains = ['brand.com'];
  const context = ruleContext(settings, now, {
    zone: 'Europe/Paris',
    log: publishingLog(200),
    calendarHashtags: ['#WorldPoetryDay'],
  });
  const text = mixedDraft(5_000);
  const draft = (network: Network): Draft => ({ text, network, kind: 'post', attachments: ['image'] });
  // Every run gets a draft object and text of its own, as typing does: the last-draft memos can't
  // answer, while the per-token link cache does, as it does on a keystroke.
  let variant = 0;
  const fresh = (network: Network): Draft => ({
    ...draft(network),
    text: `${text.slice(0, -2)}${(variant++ % 90) + 10}`,
  });
  // A long warm-up: the first measurement of a run otherwise pays for the JIT compiling every rule.
  await measure('rules.run-all-5000-chars-x', () => runRules(fresh('x'), context), {
    samples: 200,
    warmup: 200,
    budget: 1,
  });
  for (const network of ['instagram', 'threads', 'bluesky', 'mastodon'] as const) {
    await measure(`rules.run-all-5000-chars-${network}`, () => runRules(fresh(network), context), {
      samples: 100,
      warmup: 10,
      budget: 1,
    });
  }
  // Worst case: every link token new, so the per-token link cache can't help (a pasted draft).
  await measure(
    'rules.run-all-5000-chars-x-pasted',
    () => runRules({ ...draft('x'), text: text.replaceAll('.com/', `.com/${variant++}/`) }, context),
    { samples: 100, warmup: 10 },
  );
  const reply: Draft = {
    text,
    network: 'facebook',
    kind: 'reply',
    replyTo: 'Where can I buy it?',
    attachments: [],
  };
  await measure(
    'rules.run-all-5000-chars-reply',
    () => runRules({ ...reply, text: `${text}${variant++}` }, context),
    {
      samples: 100,
      warmup: 10,
      budget: 1,
    },
  );
}
