import { t } from '../../shared/i18n';

const sections = [
  ['brand', 'optionsBrand'],
  ['themes', 'optionsThemes'],
  ['mix', 'optionsMix'],
  ['cadence', 'optionsCadence'],
  ['links', 'optionsLinks'],
  ['hours', 'optionsHours'],
  ['policy', 'optionsPolicy'],
  ['answers', 'optionsAnswers'],
  ['starters', 'optionsStarters'],
  ['events', 'optionsEvents'],
  ['days', 'optionsCustomDays'],
  ['tasks', 'optionsTasks'],
  ['general', 'optionsGeneral'],
  ['week', 'optionsWeek'],
  ['mastodon', 'optionsMastodon'],
  ['transfer', 'optionsTransfer'],
  ['report', 'optionsReport'],
] as const;

/** Links to each section: the page is long, and keyboard users shouldn't have to tab through it all. */
export function SectionNav() {
  return (
    <nav class="options__nav" aria-label={t('optionsSections')}>
      <ul>
        {sections.map(([id, key]) => (
          <li key={id}>
            <a href={`#section-${id}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
