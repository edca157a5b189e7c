import { commenterName, fillAnswer } from '../comments/fill-answer';
import { overLimit } from '../rules/length';
import type { CommentCategory } from '../shared/comment';
import type { Network } from '../shared/networks';
import type { AnswerOffer } from '../shared/protocol';
import type { BrandSettings } from '../shared/settings-defaults';

/** At most this many answers beside one comment: the panel is narrow. */
const MAX_OFFERS = 4;

/**
 * The brand's saved answers for one comment: those of its category first, then the general ones
 * ("other"), each filled with the commenter's name, the brand's name, its handle on this network and
 * its own site. What cannot be filled stays in the text and is named, and an answer that the
 * filling took over the network's limit says so.
 */
export function answerOffers(
  comment: { author: string; category?: CommentCategory; network: Network },
  settings: BrandSettings,
): AnswerOffer[] {
  const mine = settings.answers.filter((answer) => answer.category === comment.category);
  const general =
    comment.category === 'other' ? [] : settings.answers.filter((answer) => answer.category === 'other');
  const handle = settings.accounts[comment.network]?.[0];
  const domain = settings.ownDomains[0];
  const values = {
    name: commenterName(comment.author),
    brand: settings.name,
    ...(handle ? { handle } : {}),
    ...(domain ? { link: `https://${domain}` } : {}),
  };
  return [...mine, ...general].slice(0, MAX_OFFERS).map((answer) => {
    const filled = fillAnswer(answer.text, values);
    const over = overLimit(filled.text, comment.network, settings.mastodonCharLimit);
    return {
      id: answer.id,
      title: answer.title || answer.text.slice(0, 40),
      text: filled.text,
      unfilled: filled.unfilled,
      ...(answer.guidance ? { guidance: answer.guidance } : {}),
      ...(over ? { over } : {}),
    };
  });
}
