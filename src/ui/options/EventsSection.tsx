import { useState } from 'preact/hooks';
import { zoneOf } from '../../calendar/day';
import { importIcs } from '../../calendar/ics-import';
import { fileSizeProblem } from '../../calendar/ics-limits';
import { t } from '../../shared/i18n';
import type { LocalEvent } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { Field } from './Field';
import { importProblems, importSummary } from './ics-problems';
import { type BrandSectionProps, newId } from './section';

interface Props extends BrandSectionProps {
  /** What an .ics file could not give, under a line that says so, for the page's alert region. */
  onImportProblems: (title: string, problems: Problem[]) => void;
}

/** The brand's local events (fairs, matches, openings), typed in or imported from an .ics file. */
export function EventsSection({ settings, onChange, problems, onImportProblems }: Props) {
  const [summary, setSummary] = useState('');
  const events = settings.localEvents;
  const setEvents = (localEvents: LocalEvent[]) => onChange({ ...settings, localEvents });
  const update = (index: number, patch: Partial<LocalEvent>) =>
    setEvents(events.map((event, i) => (i === index ? withoutEmpty({ ...event, ...patch }) : event)));
  const today = new Date().toISOString().slice(0, 10);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A file over the limit is refused from its size, before a byte of it is read.
    const tooLarge = fileSizeProblem(file.size);
    const result = tooLarge
      ? { ok: false as const, problems: [tooLarge] }
      : importIcs(await file.text(), { now: Date.now(), zone: zoneOf(settings) });
    if (!result.ok) {
      setSummary('');
      onImportProblems(
        t('optionsIcsFailed'),
        result.problems.map((p) => ({ ...p, path: `${file.name}${p.path ? ` ${p.path}` : ''}` })),
      );
      return;
    }
    onImportProblems(t('optionsIcsPartly'), importProblems(result.value, file.name));
    setSummary(importSummary(result.value));
    setEvents([...events, ...result.value.events]);
  };

  return (
    <fieldset class="section" data-section="events" id="section-events">
      <legend>{t('optionsEvents')}</legend>
      {events.map((event, index) => {
        const path = `localEvents[${index}]`;
        const n = index + 1;
        return (
          <fieldset class="subsection grid-3" key={event.id} data-event={event.id}>
            <legend>{event.name || t('optionsEventN', [n])}</legend>
            <Field label={t('optionsEventName', [n])} path={`${path}.name`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={event.name}
                  onInput={(e) => update(index, { name: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t('optionsEventStart', [n])} path={`${path}.start`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="date"
                  value={event.start}
                  onInput={(e) => update(index, { start: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t('optionsEventEnd', [n])} path={`${path}.end`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="date"
                  value={event.end ?? ''}
                  onInput={(e) => update(index, { end: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t('optionsEventPlace', [n])} path={`${path}.place`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={event.place ?? ''}
                  onInput={(e) => update(index, { place: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t('optionsEventHashtag', [n])} path={`${path}.hashtag`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={event.hashtag ?? ''}
                  onInput={(e) => update(index, { hashtag: e.currentTarget.value })}
                />
              )}
            </Field>
            <div class="field">
              <button type="button" onClick={() => setEvents(events.filter((_, i) => i !== index))}>
                {t('optionsRemoveItem', [event.name || t('optionsEventN', [n])])}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div class="row">
        <button
          type="button"
          data-action="add-event"
          onClick={() => setEvents([...events, { id: newId('event'), name: '', start: today }])}
        >
          {t('optionsAddEvent')}
        </button>
        <div class="field">
          <label for="ics-file">{t('optionsImportIcs')}</label>
          <input
            id="ics-file"
            type="file"
            accept=".ics,text/calendar"
            data-action="import-ics"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </div>
      </div>
      {summary && <p class="ok">{summary}</p>}
    </fieldset>
  );
}

/** Optional fields left empty are dropped rather than stored as '' (which the schema would refuse). */
function withoutEmpty(event: LocalEvent): LocalEvent {
  const copy = { ...event };
  if (!copy.end) delete copy.end;
  if (!copy.place) delete copy.place;
  if (!copy.hashtag) delete copy.hashtag;
  return copy;
}
