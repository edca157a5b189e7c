import type { AnswerTimeStats, CommentsSummary as Summary } from '../../shared/comment';
import { t } from '../../shared/i18n';
import { type Network, networkNames, networks } from '../../shared/networks';
import { formatDuration } from '../components/format';

/** Where each network lists the mentions and replies to answer. */
const inboxes: Record<Network, string> = {
  x: 'https://x.com/notifications',
  facebook: 'https://www.facebook.com/notifications',
  instagram: 'https://www.instagram.com/accounts/activity/',
  threads: 'https://www.threads.com/activity',
  linkedin: 'https://www.linkedin.com/notifications/',
  vk: 'https://vk.com/feed?section=notifications',
  mastodon: 'https://mastodon.social/notifications',
  bluesky: 'https://bsky.app/notifications',
};

/** Awaiting and overdue per network, and answer times against the target (from answered comments). */
export function CommentsSummary({
  comments,
  mastodon,
  allBrands,
}: {
  comments: Summary;
  mastodon?: string;
  /** With several brands: whether the counts cover all of them, and the switch. */
  allBrands?: { on: boolean; set: (on: boolean) => void };
}) {
  const rows = networks.filter((network) => comments.summary.byNetwork[network].awaiting > 0);
  const inbox = (network: Network) =>
    network === 'mastodon' && mastodon ? `${mastodon}/notifications` : inboxes[network];
  return (
    <section class="popup__comments" aria-labelledby="comments-title" data-section="comments">
      <h2 id="comments-title">{t('popupComments')}</h2>
      {allBrands && (
        <label class="inline">
          <input
            type="checkbox"
            data-action="all-brands"
            checked={allBrands.on}
            onChange={(event) => allBrands.set(event.currentTarget.checked)}
          />{' '}
          {t('popupAllBrands')}
        </label>
      )}
      {rows.length === 0 && <p class="muted">{t('popupNoneAwaiting')}</p>}
      <ul class="by-network">
        {rows.map((network) => {
          const { awaiting, overdue } = comments.summary.byNetwork[network];
          return (
            <li key={network} data-network={network} data-awaiting={awaiting} data-overdue={overdue}>
              <a href={inbox(network)} target="_blank" rel="noreferrer">
                {t('popupAwaitingOn', [networkNames[network], awaiting])}
              </a>
              {overdue > 0 && (
                <>
                  {' · '}
                  <strong class="overdue">{t('popupOverdue', [overdue])}</strong>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('popupAnswerTimes', [formatDuration(comments.targetMinutes)])}</h3>
      <ul class="answer-times" data-role="answer-times">
        <AnswerTimes days={7} stats={comments.answerTimes.week} target={comments.targetMinutes} />
        <AnswerTimes days={30} stats={comments.answerTimes.month} target={comments.targetMinutes} />
      </ul>
    </section>
  );
}

function AnswerTimes({ days, stats, target }: { days: number; stats: AnswerTimeStats; target: number }) {
  if (stats.averageMinutes === null || stats.medianMinutes === null) {
    return <li data-days={days}>{t('popupAnswerTimesNone', [days])}</li>;
  }
  const over = stats.averageMinutes > target;
  return (
    <li data-days={days} data-over-target={String(over)}>
      {t('popupAnswerTimesLast', [
        days,
        formatDuration(stats.averageMinutes),
        formatDuration(stats.medianMinutes),
        stats.count,
      ])}
      {over && (
        <>
          {' · '}
          <strong class="overdue">{t('popupOverTarget')}</strong>
        </>
      )}
    </li>
  );
}
