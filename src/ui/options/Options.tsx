import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { ourLanguage } from '../../shared/settings-defaults';
import { type Brand, type Settings, SettingsSchema } from '../../shared/settings-schema';
import { type Problem, parseWith } from '../../shared/validation';
import { useRequest } from '../components/useRequest';
import { AnswersSection } from './AnswersSection';
import { BrandPicker } from './BrandPicker';
import { BrandSection } from './BrandSection';
import { CadenceSection } from './CadenceSection';
import { DamageSection } from './DamageSection';
import { DaysSection } from './DaysSection';
import { EventsSection } from './EventsSection';
import { GeneralSection } from './GeneralSection';
import { HoursSection } from './HoursSection';
import { LinksSection } from './LinksSection';
import { MastodonSection } from './MastodonSection';
import { MixSection } from './MixSection';
import { PolicySection } from './PolicySection';
import { ProblemList } from './ProblemList';
import { uniqueProblems } from './problems';
import { ReportSection } from './ReportSection';
import { SectionNav } from './SectionNav';
import { StartersSection } from './StartersSection';
import { TasksSection } from './TasksSection';
import { ThemesSection } from './ThemesSection';
import { TransferSection } from './TransferSection';
import { WeekSection } from './WeekSection';

/** Problems of an action (save, import, .ics, Mastodon), with a line saying what failed. */
interface ActionProblems {
  title: string;
  problems: Problem[];
  /** A failed save is about the draft: the next edit replaces it with the live problems. */
  fromSave?: boolean;
}

/**
 * The brand settings. Edits stay local until Save, checked live against the same schema the
 * background uses; leaving with unsaved edits asks first. Every error is listed, with its path, in
 * the one `role="alert"` region; each field also shows its own.
 */
export function Options() {
  const [loaded] = useRequest('settings.get', {});
  const [draft, setDraft] = useState<Settings | null>(null);
  /** The brand the sections edit; the active brand at first. */
  const [editedId, setEditedId] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [action, setAction] = useState<ActionProblems | null>(null);

  useEffect(() => {
    if (loaded.state === 'ready') setDraft(structuredClone(loaded.data));
  }, [loaded]);

  // Opened at a field (`#f-accounts_x`, the panel's "tell me your handle" link): focus it once shown.
  const shown = draft !== null;
  useEffect(() => {
    if (shown && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.focus();
  }, [shown]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const live = useMemo(() => {
    if (!draft) return [];
    const parsed = parseWith(SettingsSchema, draft);
    return parsed.ok ? [] : parsed.problems;
  }, [draft]);

  if (loaded.state === 'failed') return <p role="alert">{t('loadFailed', [loaded.message])}</p>;
  if (!draft) return <main class="options" aria-busy="true" />;

  const change = (next: Settings, edit?: string) => {
    setDraft(next);
    if (edit) setEditedId(edit);
    setDirty(true);
    setStatus('');
    if (action?.fromSave) setAction(null);
  };
  const replaceSaved = (settings: Settings) => {
    setDraft(structuredClone(settings));
    setDirty(false);
  };
  const showProblems = (title: string, problems: Problem[], fromSave = false) =>
    setAction(problems.length ? { title, problems, fromSave } : null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const result = await send('settings.save', { settings: draft });
      if (result.saved) {
        replaceSaved(result.settings);
        setAction(null);
        setStatus(t('optionsSaved'));
      } else {
        showProblems(t('optionsSaveFailed'), result.problems, true);
      }
    } catch (error) {
      showProblems(
        t('optionsSaveFailed'),
        [{ path: '', message: error instanceof Error ? error.message : String(error) }],
        true,
      );
    } finally {
      setSaving(false);
    }
  };

  const sectionProps = { settings: draft, onChange: change, problems: live };
  const editedIndex = Math.max(
    0,
    draft.brands.findIndex((brand) => brand.id === (editedId ?? draft.activeBrandId)),
  );
  const edited = draft.brands[editedIndex];
  const brandPrefix = `brands[${editedIndex}].`;
  // The brand's sections see its problems with paths relative to it, as they name their fields.
  const brandProps = {
    settings: edited,
    onChange: (brand: Brand) =>
      change({ ...draft, brands: draft.brands.map((item, i) => (i === editedIndex ? brand : item)) }),
    problems: live
      .filter((problem) => problem.path.startsWith(brandPrefix))
      .map((problem) => ({ ...problem, path: problem.path.slice(brandPrefix.length) })),
  };
  const listed = action
    ? live.filter((p) => !action.problems.some((a) => a.path === p.path && a.message === p.message))
    : live;

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <DamageSection
        onResolved={(settings, message) => {
          replaceSaved(settings);
          setAction(null);
          setStatus(message);
        }}
      />
      <SectionNav />
      <BrandPicker settings={draft} edited={edited} onEdit={setEditedId} onChange={change} />
      <form id="settings-form" onSubmit={submit} noValidate>
        <BrandSection {...brandProps} />
        <ThemesSection {...brandProps} />
        <MixSection {...brandProps} />
        <CadenceSection {...brandProps} />
        <LinksSection {...brandProps} />
        <HoursSection {...brandProps} />
        <PolicySection {...brandProps} />
        <AnswersSection {...brandProps} mastodonCharLimit={draft.mastodonCharLimit} />
        <StartersSection {...brandProps} />
        <EventsSection {...brandProps} onImportProblems={showProblems} />
        <DaysSection {...brandProps} />
        <TasksSection {...brandProps} />
        <GeneralSection {...sectionProps} />
      </form>
      <WeekSection
        key={edited.id}
        brandId={edited.id}
        lang={edited.language ?? ourLanguage(uiLanguage()) ?? 'en'}
      />
      <MastodonSection
        instances={draft.mastodonInstances}
        onInstances={(mastodonInstances) => setDraft({ ...draft, mastodonInstances })}
        onProblems={(problems) => showProblems(t('optionsMastodonProblem'), problems)}
      />
      <TransferSection onImported={replaceSaved} onProblems={showProblems} onStatus={setStatus} />
      <ReportSection settings={draft} />
      <div class="options__actions">
        {/* Not disabled while saving: a disabled button drops the keyboard focus to the page. */}
        <button
          type="submit"
          form="settings-form"
          class="primary"
          data-action="save-settings"
          aria-disabled={saving}
        >
          {t('optionsSave')}
        </button>
        <span role="status">{status || (dirty ? t('optionsUnsaved') : '')}</span>
        <div
          role="alert"
          data-role="errors"
          class="options__errors"
          tabIndex={action || listed.length ? 0 : -1}
        >
          {action && (
            <>
              <p class="options__errors-title">{action.title}</p>
              <ProblemList problems={action.problems} />
            </>
          )}
          {listed.length > 0 && <ProblemList problems={uniqueProblems(listed)} />}
        </div>
      </div>
    </main>
  );
}
