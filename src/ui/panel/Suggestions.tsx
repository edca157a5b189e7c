import { hashtagKey } from '../../shared/hashtag';
import { t } from '../../shared/i18n';
import { Hashtag } from '../components/Hashtag';
import { InsertHashtagButton } from './InsertHashtagButton';
import type { PanelActions, PanelState } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/**
 * Today's ideas: theme hashtags, unusual days and coming local events, best first. A hashtag the
 * draft already has is shown as done instead of being offered again.
 */
export function Suggestions({ state, actions }: Props) {
  const suggestions = state.suggestions.filter((suggestion) => suggestion.hashtag);
  if (!suggestions.length) return null;
  const inDraft = new Set(state.draftHashtags);
  return (
    <section class="section" data-section="suggestions" aria-labelledby="smm-suggestions-title">
      <h2 id="smm-suggestions-title" class="section__title">
        {t('panelSuggestionsTitle')}
      </h2>
      <ul class="suggestions">
        {suggestions.slice(0, 4).map((suggestion) => {
          const hashtag = suggestion.hashtag as string;
          const added = inDraft.has(hashtagKey(hashtag));
          return (
            <li key={`${suggestion.kind}:${hashtag}`} class="suggestion" data-kind={suggestion.kind}>
              <div class="suggestion__text">
                <span class="suggestion__tag">
                  <Hashtag tag={hashtag} />
                </span>
                <span class="suggestion__label">
                  {suggestion.label}
                  {suggestion.daysUntil > 0 ? ` · ${t('panelInDays', [suggestion.daysUntil])}` : ''}
                  {suggestion.usedLastWeek ? ` · ${t('panelUsedThisWeek')}` : ''}
                </span>
              </div>
              {added ? (
                <span class="suggestion__added" data-added-hashtag={hashtag}>
                  {t('panelHashtagAdded')}
                </span>
              ) : (
                <InsertHashtagButton hashtag={hashtag} onInsert={actions.insertHashtag} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
