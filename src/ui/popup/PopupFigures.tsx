import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PopupToday } from '../../shared/today';

type Charts = typeof import('./PopupCharts');

/**
 * The popup's figures as pictures: posts per day this week, the content mix over the mix window
 * against its targets, and answer times against the deadline. Folded away, so the checklist stays
 * first; drawn (and the post log read) only once unfolded, so opening the popup costs nothing more:
 * the charts and d3 are a module of their own, fetched on the first unfold, not before first paint.
 */
export function PopupFigures({ today }: { today: PopupToday }) {
  const [open, setOpen] = useState(false);
  const [charts, setCharts] = useState<Charts | null>(null);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    if (open && !charts) {
      import('./PopupCharts').then(setCharts, (error: unknown) =>
        setFailed(error instanceof Error ? error.message : String(error)),
      );
    }
  }, [open, charts]);
  return (
    <details
      class="popup__figures"
      data-section="figures"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('popupFigures')}</summary>
      {failed && <p role="alert">{t('loadFailed', [failed])}</p>}
      {open && (charts ? <charts.Figures today={today} /> : <div class="figures" aria-busy="true" />)}
    </details>
  );
}
