import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ReportPeriod } from '../../shared/report';
import type { Settings } from '../../shared/settings-schema';
import { dayKey, resolveZone } from '../../shared/time';
import { ReportView } from '../components/report/ReportView';
import { useRequest } from '../components/useRequest';

/** The value of the brand picker that means every brand at once. */
const ALL = '';

/**
 * The report of a week or a month, for one brand or all of them, computed by the background. Its
 * own section, outside the settings form: choosing what to see changes nothing that is saved.
 * `#section-report` in the address opens the page on it.
 */
export function ReportSection({ settings }: { settings: Settings }) {
  const [now] = useState(() => Date.now());
  const [brandId, setBrandId] = useState(settings.activeBrandId);
  const [period, setPeriod] = useState<ReportPeriod>('week');
  const [day, setDay] = useState(() => dayKey(now, resolveZone()));
  const [loaded] = useRequest('report.get', {
    ...(brandId === ALL ? {} : { brandId }),
    period,
    day,
    now,
  });
  const section = useRef<HTMLElement>(null);
  // The page is drawn after the browser looked for the address's anchor: scroll to it once here.
  useEffect(() => {
    if (location.hash === '#section-report') section.current?.scrollIntoView();
  }, []);
  const brand = settings.brands.find((candidate) => candidate.id === brandId);
  return (
    <section
      id="section-report"
      class="section"
      data-section="report"
      ref={section}
      aria-labelledby="report-title"
    >
      <h2 id="report-title">{t('optionsReport')}</h2>
      <div class="grid-3">
        <label class="field">
          <span>{t('reportBrand')}</span>
          <select
            data-field="report-brand"
            value={brandId}
            onChange={(event) => setBrandId(event.currentTarget.value)}
          >
            <option value={ALL}>{t('reportAllBrands')}</option>
            {settings.brands.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('reportPeriod')}</span>
          <select
            data-field="report-period"
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value as ReportPeriod)}
          >
            <option value="week">{t('reportWeek')}</option>
            <option value="month">{t('reportMonth')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('reportDay')}</span>
          <input
            type="date"
            data-field="report-day"
            value={day}
            required
            onChange={(event) => event.currentTarget.value && setDay(event.currentTarget.value)}
          />
        </label>
      </div>
      {loaded.state === 'failed' && <p role="alert">{t('loadFailed', [loaded.message])}</p>}
      {loaded.state === 'loading' && <p aria-busy="true">{t('reportLoading')}</p>}
      {loaded.state === 'ready' && (
        <ReportView report={loaded.data} brandName={brand?.name ?? t('reportAllBrands')} />
      )}
    </section>
  );
}
