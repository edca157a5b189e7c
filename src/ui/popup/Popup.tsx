import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { activeBrand } from '../../shared/settings-defaults';
import { resolveZone, wallTime } from '../../shared/time';
import { weekdays } from '../../shared/weekdays';
import { formatLongDate } from '../components/format';
import { useRequest } from '../components/useRequest';

/** The toolbar popup: today at a glance. */
export function Popup() {
  const [settings] = useRequest('settings.get', {});
  if (settings.state === 'loading') return <main class="popup" aria-busy="true" />;
  if (settings.state === 'failed') {
    return (
      <main class="popup">
        <p role="alert">{t('loadFailed', [settings.message])}</p>
      </main>
    );
  }
  const now = Date.now();
  const zone = resolveZone(settings.data.businessHours.timeZone);
  const today = weekdays[wallTime(now, zone).weekday];
  const theme = settings.data.weekdayThemes[today];
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{activeBrand(settings.data).name}</h1>
        <p class="muted" data-role="today">
          {formatLongDate(now, zone)}
        </p>
      </header>
      <section class="popup__theme" aria-labelledby="theme-title" data-section="theme">
        <h2 id="theme-title">{t('popupTodaysTheme')}</h2>
        <p>
          {theme.hashtags.map((tag) => (
            <span class="hashtag" data-hashtag={tag} key={tag}>
              {tag}
            </span>
          ))}
        </p>
        {theme.idea && <p class="muted">{theme.idea}</p>}
      </section>
      <footer class="popup__footer">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
