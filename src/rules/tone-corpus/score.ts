/**
 * The labelled replies (one file per language, written as a manager would, calm ones included)
 * and how the tone rule scores on them: recall over the hostile ones, false alarms over the calm.
 */

import type { Draft } from '../../shared/draft';
import type { Finding } from '../../shared/finding';
import { judge } from '../test-kit';
import { toneRule } from '../tone';
import en from './en.json';
import fr from './fr.json';
import ru from './ru.json';

export interface LabelledReply {
  text: string;
  hostile: boolean;
  /** What makes it hostile: `contradiction`, `blame`, `dismissal`, `read`, `sarcasm`, … */
  kind?: string;
}

export const toneCorpus: Record<'en' | 'fr' | 'ru', LabelledReply[]> = { en, fr, ru };

export function toneFindings(text: string): Finding[] {
  const draft: Draft = {
    text,
    network: 'facebook',
    kind: 'reply',
    replyTo: 'Your delivery was late!',
    attachments: [],
  };
  return judge(toneRule, draft, {} as never);
}

export interface ToneScore {
  hostile: number;
  caught: number;
  calm: number;
  falseAlarms: number;
  /** The replies the rule got wrong, to read when it changes. */
  missed: LabelledReply[];
  flaggedCalm: LabelledReply[];
}

export function scoreTone(replies: readonly LabelledReply[]): ToneScore {
  const score: ToneScore = { hostile: 0, caught: 0, calm: 0, falseAlarms: 0, missed: [], flaggedCalm: [] };
  for (const reply of replies) {
    const flagged = toneFindings(reply.text).length > 0;
    if (reply.hostile) {
      score.hostile++;
      if (flagged) score.caught++;
      else score.missed.push(reply);
    } else {
      score.calm++;
      if (flagged) {
        score.falseAlarms++;
        score.flaggedCalm.push(reply);
      }
    }
  }
  return score;
}
