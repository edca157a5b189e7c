import { t } from '../../../shared/i18n';
import { networkNames } from '../../../shared/networks';
import type { Report } from '../../../shared/report';
import { AnswerTimeChart, MixChart, PostsChart } from '../charts';
import { formatNumber, formatPercent } from '../charts/describe';
import { downloadCsv } from '../csv';
import { formatDayKey, formatDuration } from '../format';
import { contentCategoryLabel, formatLabel } from '../labels';
import './report.css';
import {
  answerItems,
  commentCategoryName,
  mixItems,
  networkName,
  networkSeries,
  personName,
  reportCsv,
  reportDays,
} from './report-figures';

interface Props {
  report: Report;
  /** The brand's name, or "All brands". */
  brandName: string;
}

/** The report's figures: posts against the cadence, the mix against its targets, answers against the deadline. */
export function ReportView({ report, brandName }: Props) {
  const range = t('reportRange', [formatDayKey(report.from), formatDayKey(report.to)]);
  const file = `report-${report.brandId ?? 'all'}-${report.from}`;
  const { answers, backlog } = report;
  const all = answers.all;
  return (
    <div class="report" data-report-from={report.from} data-report-to={report.to}>
      <div class="report__head">
        <p class="report__range">
          {brandName} · {range}
        </p>
        <button
          type="button"
          data-action="download-report-csv"
          onClick={() => downloadCsv(`${file}.csv`, reportCsv(report, brandName))}
        >
          {t('reportDownloadCsv')}
        </button>
      </div>

      <h3>{t('reportPostsHeading')}</h3>
      <PostsChart
        title={t('reportChartPosts', [range])}
        days={reportDays(report)}
        series={networkSeries}
        cadence={report.dailyCap}
        fileName={`${file}-posts`}
      />
      {report.networks.length > 0 && (
        <table class="report__table" data-table="networks">
          <caption>{t('reportNetworksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportNetwork')}</th>
              <th scope="col">{t('reportPosts')}</th>
              <th scope="col">{t('reportDailyCap')}</th>
              <th scope="col">{t('reportDaysOverCap')}</th>
            </tr>
          </thead>
          <tbody>
            {report.networks.map((row) => (
              <tr key={row.network} data-network={row.network}>
                <th scope="row">{networkNames[row.network]}</th>
                <td>{formatNumber(row.posts)}</td>
                <td>{formatNumber(row.dailyCap)}</td>
                <td>{formatNumber(row.daysOverCap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('reportMixHeading', [report.mix.total])}</h3>
      <div class="report__pair">
        <MixChart
          title={t('reportChartFormats')}
          items={mixItems(report.mix.formats, formatLabel)}
          fileName={`${file}-formats`}
        />
        <MixChart
          title={t('reportChartCategories')}
          items={mixItems(report.mix.categories, contentCategoryLabel)}
          fileName={`${file}-categories`}
        />
      </div>

      <h3>{t('reportAnswersHeading')}</h3>
      <p data-role="answers-all">
        {all.medianMinutes === null
          ? t('reportAnswersNone', [all.written])
          : t('reportAnswersAll', [
              all.written,
              all.answered,
              formatDuration(all.medianMinutes),
              formatPercent((all.withinDeadline ?? 0) * 100),
              formatDuration(answers.deadlineMinutes),
            ])}
      </p>
      <div class="report__pair">
        <AnswerTimeChart
          title={t('reportChartByNetwork')}
          items={answerItems(answers.byNetwork, networkName)}
          deadlineMinutes={answers.deadlineMinutes}
          fileName={`${file}-answers-networks`}
        />
        <AnswerTimeChart
          title={t('reportChartByCategory')}
          items={answerItems(answers.byCategory, commentCategoryName)}
          deadlineMinutes={answers.deadlineMinutes}
          fileName={`${file}-answers-categories`}
        />
        <AnswerTimeChart
          title={t('reportChartByPerson')}
          items={answerItems(answers.byPerson, personName)}
          deadlineMinutes={answers.deadlineMinutes}
          fileName={`${file}-answers-people`}
        />
      </div>
      <p class="muted" data-role="person-note">
        {t('reportPersonByPolicy')}
      </p>

      <h3>{t('reportBacklogHeading')}</h3>
      <dl class="report__backlog" data-role="backlog">
        <div data-count="overdue">
          <dt>{t('reportOverdue')}</dt>
          <dd>{formatNumber(backlog.overdue)}</dd>
        </div>
        <div data-count="stale">
          <dt>{t('reportStale')}</dt>
          <dd>{formatNumber(backlog.stale)}</dd>
        </div>
        <div data-count="answered-late">
          <dt>{t('reportAnsweredLate')}</dt>
          <dd>{formatNumber(backlog.answeredLate)}</dd>
        </div>
      </dl>
    </div>
  );
}
