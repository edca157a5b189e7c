import { describe, expect, test } from 'vitest';
import { type LabelledReply, scoreTone, toneCorpus, toneFindings } from './tone-corpus/score';
import { anchorIndex, findTonePhrases } from './tone-match';

/**
 * What the rule reaches on the corpus, per language. In-sample: the patterns were improved on these
 * replies (two held-out sets, measured before they joined the corpus, scored far lower: see the
 * commit history). Raise the floor as the rule improves; never tune the corpus to the rule.
 */
const recallFloor = 0.95;
const falseAlarmsAllowed = 0;

const kinds = ['contradiction', 'blame', 'dismissal', 'read', 'sarcasm', 'you-people', 'insult', 'shouting'];
const languages = Object.entries(toneCorpus);
const allReplies: LabelledReply[] = languages.flatMap(([, replies]) => replies);

describe('tone corpus', () => {
  test.each(languages)('%s: at least 60 labelled replies, every kind and calm ones', (_, replies) => {
    expect(replies.length).toBeGreaterThanOrEqual(60);
    expect(replies.filter((reply) => !reply.hostile).length).toBeGreaterThanOrEqual(30);
    const hostileKinds = new Set(replies.filter((reply) => reply.hostile).map((reply) => reply.kind));
    expect([...hostileKinds].sort()).toEqual([...kinds].sort());
    expect(replies.filter((reply) => !reply.hostile && reply.kind)).toEqual([]);
  });

  test.each(languages)(`%s: recall at least ${recallFloor * 100}%, no false alarm`, (_, replies) => {
    const score = scoreTone(replies);
    expect(
      score.caught / score.hostile,
      `missed: ${score.missed.map((reply) => reply.text).join(' | ')}`,
    ).toBeGreaterThanOrEqual(recallFloor);
    expect(score.flaggedCalm.map((reply) => reply.text)).toHaveLength(falseAlarmsAllowed);
  });

  test.each([
    ['fr', 'C’est faux et vous le savez très bien'],
    ['fr', 'Si ça ne vous plaît pas, allez voir ailleurs'],
    ['fr', 'Apprenez à lire la description avant de vous plaindre'],
    ['en', "If you don't like it, nobody is forcing you to buy"],
    ['ru', 'Не нравится — не покупайте'],
  ])('the issue’s example (%s) is in the corpus and flagged: %s', (language, text) => {
    const normalize = (value: string) => value.replace(/[’']/g, "'").replace(/[«»]/g, '').trim();
    const entry = toneCorpus[language as keyof typeof toneCorpus].find((reply) =>
      normalize(reply.text).startsWith(normalize(text)),
    );
    expect(entry?.hostile).toBe(true);
    expect(toneFindings(text)).not.toEqual([]);
  });

  test('the anchor filter loses no phrase', () => {
    for (const reply of allReplies) {
      expect(findTonePhrases(reply.text), reply.text).toEqual(
        findTonePhrases(reply.text, { everyPattern: true }),
      );
    }
  });

  test('every pattern has anchors, so none runs on every reply', () => {
    expect(anchorIndex().unanchored.map((pattern) => pattern.source.source)).toEqual([]);
  });
});
