import { t } from '../../shared/i18n';
import { settingsFor } from '../../shared/settings-defaults';
import { DAY } from '../../shared/time';
import type { PopupToday } from '../../shared/today';
import { AnswerTimeChart, MixChart, PostsChart } from '../components/charts';
import { useRequest } from '../components/useRequest';
import { mixFigures, networkSeries, postsPerDay } from './figures';

/** The popup's charts; loaded apart (with d3) when the figures are first unfolded. */
export function Figures({ today }: { today: PopupToday }) {
  const { now } = today;
  const settings = settingsFor(today.settings);
  const windowDays = Math.max(7, settings.mix.windowDays);
  const [log] = useRequest('posts.since', { since: now - windowDays * DAY });
  const brandId = settings.id;
  const posts = log.state === 'ready' ? log.data.filter((post) => post.brandId === brandId) : [];
  const mix = mixFigures(posts, settings, now);
  const { week, month } = today.comments.answerTimes;
  if (log.state === 'loading') return <div class="figures" aria-busy="true" />;
  return (
    <div class="figures">
      {log.state === 'failed' && <p role="alert">{t('loadFailed', [log.message])}</p>}
      <PostsChart
        title={t('popupChartPosts')}
        days={postsPerDay(posts, today.day, today.zone)}
        series={networkSeries}
        fileName="posts-per-day"
      />
      <MixChart
        title={t('popupChartMixFormats', [settings.mix.windowDays])}
        items={mix.formats}
        fileName="mix-formats"
      />
      <MixChart
        title={t('popupChartMixCategories', [settings.mix.windowDays])}
        items={mix.categories}
        fileName="mix-categories"
      />
      <AnswerTimeChart
        title={t('popupChartAnswerTimes')}
        items={[
          { label: t('popupChartLastDays', [7]), medianMinutes: week.medianMinutes },
          { label: t('popupChartLastDays', [30]), medianMinutes: month.medianMinutes },
        ]}
        deadlineMinutes={today.comments.targetMinutes}
        fileName="answer-times"
      />
    </div>
  );
}
