/**
 * `npx tsx e2e/tools/bench.ts tone`: how well the tone rule hears arguing, on the labelled replies
 * in src/rules/tone-corpus (en, fr, ru). Prints `bench tone: recall R, false alarms F`: R is the
 * share of hostile replies flagged, F the number of calm replies flagged (out of how many).
 */
import { scoreTone, toneCorpus } from './tone-corpus/score';

export async function run(): Promise<void> {
  const score = scoreTone(Object.values(toneCorpus).flat());
  const recall = ((score.caught / score.hostile) * 100).toFixed(1);
  console.log(
    `bench tone: recall ${recall}%, false alarms ${score.falseAlarms}` +
      `  (${score.caught}/${score.hostile} hostile flagged, ${score.falseAlarms}/${score.calm} calm flagged)`,
  );
}
