import { useState } from 'preact/hooks';
import { type Category, categories } from '../../shared/content-types';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { type Network, networkNames } from '../../shared/networks';
import { formatDayKey } from '../components/format';
import { contentCategoryLabel } from '../components/labels';

interface Props {
  date: string;
  networks: Network[];
  onPin: (network: Network, text: string, category: Category | undefined, source: 'idea' | 'draft') => void;
}

/** Pins an idea, typed or taken from a saved draft, to one day and network of the week. */
export function PinForm({ date, networks, onPin }: Props) {
  const [network, setNetwork] = useState<Network>(networks[0] ?? 'x');
  const [category, setCategory] = useState<Category | ''>('');
  const [text, setText] = useState('');
  const [source, setSource] = useState<'idea' | 'draft'>('idea');
  const [drafts, setDrafts] = useState<{ network: Network; text: string; savedAt: number }[] | null>(null);
  const day = formatDayKey(date);
  const id = (name: string) => `pin-${date}-${name}`;
  return (
    <form
      class="pin-form"
      data-pin-form={date}
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        onPin(network, text.trim(), category || undefined, source);
        setText('');
        setSource('idea');
      }}
    >
      <label for={id('network')}>{t('optionsPinNetwork', [day])}</label>
      <select
        id={id('network')}
        value={network}
        onChange={(event) => setNetwork(event.currentTarget.value as Network)}
      >
        {networks.map((option) => (
          <option key={option} value={option}>
            {networkNames[option]}
          </option>
        ))}
      </select>
      <label for={id('category')}>{t('optionsPinCategory', [day])}</label>
      <select
        id={id('category')}
        value={category}
        onChange={(event) => setCategory(event.currentTarget.value as Category | '')}
      >
        <option value="">{t('panelCategoryNone')}</option>
        {categories.map((option) => (
          <option key={option} value={option}>
            {contentCategoryLabel(option)}
          </option>
        ))}
      </select>
      <label for={id('text')}>{t('optionsPinIdea', [day])}</label>
      <textarea
        id={id('text')}
        rows={2}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setSource('idea');
        }}
      />
      {drafts === null ? (
        <button
          type="button"
          data-action="show-drafts"
          onClick={() => void send('plan.drafts', {}).then(setDrafts)}
        >
          {t('optionsPinFromDraft')}
        </button>
      ) : drafts.length === 0 ? (
        <p class="muted">{t('optionsPinNoDrafts')}</p>
      ) : (
        <select
          aria-label={t('optionsPinDraftChoice', [day])}
          value=""
          onChange={(event) => {
            const chosen = drafts[Number(event.currentTarget.value)];
            if (!chosen) return;
            setText(chosen.text);
            setNetwork(chosen.network);
            setSource('draft');
          }}
        >
          <option value="">{t('optionsPinDraftChoice', [day])}</option>
          {drafts.map((draft, index) => (
            <option key={draft.savedAt} value={index}>
              {networkNames[draft.network]}: {draft.text.slice(0, 60)}
            </option>
          ))}
        </select>
      )}
      <button type="submit" data-action="pin-idea">
        {t('optionsPin', [day])}
      </button>
    </form>
  );
}
