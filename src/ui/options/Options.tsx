import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import type { Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { useRequest } from '../components/useRequest';
import { BrandSection } from './BrandSection';
import { ProblemList } from './ProblemList';
import { ThemesSection } from './ThemesSection';

type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; problems: Problem[] };

/** The brand settings. Edits stay local until Save; leaving with unsaved edits asks first. */
export function Options() {
  const [loaded] = useRequest('settings.get', {});
  const [draft, setDraft] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  useEffect(() => {
    if (loaded.state === 'ready') setDraft(structuredClone(loaded.data));
  }, [loaded]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (loaded.state === 'failed') return <p role="alert">{t('loadFailed', [loaded.message])}</p>;
  if (!draft) return <main class="options" aria-busy="true" />;

  const change = (next: Settings) => {
    setDraft(next);
    setDirty(true);
    setSave({ state: 'idle' });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    try {
      const result = await send('settings.save', { settings: draft });
      if (result.saved) {
        setDraft(structuredClone(result.settings));
        setDirty(false);
        setSave({ state: 'saved' });
      } else {
        setSave({ state: 'failed', problems: result.problems });
      }
    } catch (error) {
      setSave({
        state: 'failed',
        problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
      });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={submit} noValidate>
        <BrandSection settings={draft} onChange={change} />
        <ThemesSection settings={draft} onChange={change} />
        <div class="options__actions">
          <button
            type="submit"
            class="primary"
            data-action="save-settings"
            disabled={save.state === 'saving'}
          >
            {t('optionsSave')}
          </button>
          <span role="status">
            {save.state === 'saved' ? t('optionsSaved') : dirty ? t('optionsUnsaved') : ''}
          </span>
        </div>
        <div role="alert" data-role="errors">
          {save.state === 'failed' && <ProblemList problems={save.problems} />}
        </div>
      </form>
    </main>
  );
}
