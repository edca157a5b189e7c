import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { activeBrand } from '../../shared/settings-defaults';
import { formatLongDate } from '../components/format';
import { useRequest } from '../components/useRequest';
import { BrandSwitch } from './BrandSwitch';
import { Checklist } from './Checklist';
import { CommentsSummary } from './CommentsSummary';
import { LogPost } from './LogPost';
import { PopupFigures } from './PopupFigures';
import { ReportSummary } from './ReportSummary';
import { WeekPlan } from './WeekPlan';

/**
 * The toolbar popup: today's checklist, then the comments and the week. "Today" is decided by the
 * popup's own clock, sent with the request, so the background and the page agree on the day.
 */
export function Popup() {
  const [now] = useState(() => Date.now());
  /** The comments of every brand, instead of the active brand's. */
  const [allBrands, setAllBrands] = useState(false);
  const [today, reload] = useRequest('popup.today', { now, ...(allBrands ? { allBrands } : {}) });
  if (today.state === 'loading') return <main class="popup" aria-busy="true" />;
  if (today.state === 'failed') {
    return (
      <main class="popup">
        <p role="alert">{t('loadFailed', [today.message])}</p>
      </main>
    );
  }
  const data = today.data;
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{activeBrand(data.settings).name}</h1>
        <p class="muted" data-role="today">
          {formatLongDate(now, data.zone)}
        </p>
        <BrandSwitch settings={data.settings} onSwitched={reload} />
      </header>
      <Checklist today={data} />
      <CommentsSummary
        comments={data.comments}
        mastodon={data.settings.mastodonInstances[0]}
        allBrands={data.settings.brands.length > 1 ? { on: allBrands, set: setAllBrands } : undefined}
      />
      <WeekPlan week={data.week} lang={data.lang} pinned={data.pinned ?? []} />
      <ReportSummary today={data} />
      <PopupFigures today={data} />
      <LogPost settings={data.settings} now={now} onLogged={reload} />
      <footer class="popup__footer">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
