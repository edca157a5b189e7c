import { type Category, categories } from '../../shared/content-types';
import { t } from '../../shared/i18n';
import { contentCategoryLabel, formatLabel } from '../components/labels';
import type { PanelActions, PanelState } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/**
 * The draft's content type as guessed, with a picker to correct the category before posting: the
 * publishing log records what is chosen here.
 */
export function DraftTypePicker({ state, actions }: Props) {
  const guess = state.draftType;
  if (!guess || !state.draft?.text.trim()) return null;
  const value = state.chosenCategory ?? guess.category ?? '';
  return (
    <section class="section draft-type" data-section="draft-type">
      <p class="draft-type__format">
        {t('panelFormat')} <strong data-format={guess.format}>{formatLabel(guess.format)}</strong>
      </p>
      <label class="draft-type__category">
        <span>{t('panelCategory')}</span>
        <select
          data-action="choose-category"
          value={value}
          onChange={(event) => actions.chooseCategory((event.currentTarget.value || null) as Category | null)}
        >
          <option value="">{t('panelCategoryNone')}</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {contentCategoryLabel(category)}
              {!state.chosenCategory && guess.category === category ? ` (${t('panelGuessed')})` : ''}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
