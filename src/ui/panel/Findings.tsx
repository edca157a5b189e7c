import type { Finding } from '../../shared/finding';
import { t } from '../../shared/i18n';
import { paramTexts } from '../components/finding-params';
import { TextWithHashtags } from '../components/Hashtag';
import { InsertHashtagButton } from './InsertHashtagButton';
import type { PanelActions, PanelState } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/** The rules' advice on the draft, most serious first (as `runRules` sorted it). */
export function Findings({ state, actions }: Props) {
  const { findings } = state;
  if (!findings.length && !state.ruleErrors.length) return null;
  return (
    <section class="section" data-section="findings" aria-labelledby="smm-findings-title">
      <h2 id="smm-findings-title" class="section__title">
        {t('panelFindingsTitle')}
      </h2>
      <ul class="findings">
        {findings.map((finding, index) => (
          <FindingItem
            key={`${finding.id}:${index}`}
            finding={finding}
            actions={actions}
            inDraft={state.draftHashtags}
          />
        ))}
      </ul>
      {state.ruleErrors.length > 0 && (
        <p class="muted" data-role="rule-errors">
          {t('panelRuleFailed', [state.ruleErrors.join(', ')])}
        </p>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  actions,
  inDraft,
}: {
  finding: Finding;
  actions: PanelActions;
  inDraft: string[];
}) {
  const action = finding.action;
  const hashtag = action?.kind === 'insert-hashtag' ? action.hashtag : null;
  const offerInsert = hashtag && !inDraft.includes(hashtag.replace(/^#/, '').toLocaleLowerCase());
  return (
    <li
      class={`finding finding--${finding.severity}`}
      data-finding={finding.id}
      data-severity={finding.severity}
    >
      <span class="finding__icon" aria-hidden="true">
        {finding.severity === 'error' ? '⛔' : finding.severity === 'warn' ? '⚠' : 'ℹ'}
      </span>
      <span class="visually-hidden">{t(`severity_${finding.severity}`)}</span>
      <span class="finding__message">
        <TextWithHashtags text={t(finding.message, paramTexts(finding.params))} />
        {finding.hint && (
          <>
            <br />
            <span class="muted" data-role="finding-hint">
              {t(finding.hint.message, paramTexts(finding.hint.params))}
            </span>
          </>
        )}
      </span>
      {offerInsert && <InsertHashtagButton hashtag={hashtag} onInsert={actions.insertHashtag} />}
    </li>
  );
}
