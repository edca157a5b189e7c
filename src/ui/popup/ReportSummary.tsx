import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import type { Report } from '../../shared/report';
import type { PopupToday } from '../../shared/today';
import { formatPercent } from '../components/charts/describe';
import { formatDuration } from '../components/format';
import { useRequest } from '../components/useRequest';

/**
 * This week's report in two lines, for the active brand, with a way to the full report in the
 * options. Asked for once the popup is on screen (an effect), so it never delays the checklist.
 */
export function ReportSummary({ today }: { today: PopupToday }) {
  const [loaded] = useRequest('report.get', {
    period: 'week',
    day: today.day,
    now: today.now,
    brandId: today.settings.activeBrandId,
  });
  const open = () =>
    void browser.tabs.create({ url: browser.runtime.getURL('src/ui/options/index.html#section-report') });
  return (
    <section class="popup__report" aria-labelledby="report-summary-title" data-section="report-summary">
      <h2 id="report-summary-title">{t('popupReportWeek')}</h2>
      {loaded.state === 'failed' && <p role="alert">{t('loadFailed', [loaded.message])}</p>}
      {loaded.state === 'ready' && <Lines report={loaded.data} />}
      <button type="button" data-action="open-report" onClick={open}>
        {t('popupOpenReport')}
      </button>
    </section>
  );
}

function Lines({ report }: { report: Report }) {
  const { all } = report.answers;
  const { overdue, stale } = report.backlog;
  const overCap = report.networks.reduce((sum, row) => sum + row.daysOverCap, 0);
  return (
    <ul class="popup__report-lines" data-role="report-lines">
      <li data-figure="posts" data-value={report.mix.total}>
        {overCap > 0
          ? t('popupReportPostsOverCap', [report.mix.total, overCap])
          : t('popupReportPosts', [report.mix.total])}
      </li>
      <li data-figure="answers" data-value={all.medianMinutes ?? ''}>
        {all.medianMinutes === null
          ? t('popupReportNoAnswers')
          : t('popupReportAnswers', [
              formatDuration(all.medianMinutes),
              formatPercent((all.withinDeadline ?? 0) * 100),
            ])}
        {(overdue > 0 || stale > 0) && ` · ${t('popupReportBacklog', [overdue, stale])}`}
      </li>
    </ul>
  );
}
