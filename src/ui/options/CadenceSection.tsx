import { t } from '../../shared/i18n';
import { type Network, networkNames, networks } from '../../shared/networks';
import type { CadenceSettings } from '../../shared/settings-schema';
import { Field, numberOf, numberText } from './Field';
import type { BrandSectionProps } from './section';

/** Posting cadence per network: a daily cap, a minimum gap, and optional quiet hours. */
export function CadenceSection({ settings, onChange, problems }: BrandSectionProps) {
  const update = (network: Network, patch: Partial<CadenceSettings>) =>
    onChange({
      ...settings,
      cadence: { ...settings.cadence, [network]: { ...settings.cadence[network], ...patch } },
    });
  return (
    <fieldset class="section" data-section="cadence" id="section-cadence">
      <legend>{t('optionsCadence')}</legend>
      <p class="muted">{t('optionsCadenceHint')}</p>
      {networks.map((network) => {
        const cadence = settings.cadence[network];
        const name = networkNames[network];
        const path = `cadence.${network}`;
        return (
          <fieldset class="subsection grid-4" key={network} data-network={network}>
            <legend>{name}</legend>
            <Field label={t('optionsDailyCap', [name])} path={`${path}.dailyCap`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="number"
                  min={1}
                  value={numberText(cadence.dailyCap)}
                  onInput={(event) => update(network, { dailyCap: numberOf(event.currentTarget) })}
                />
              )}
            </Field>
            <Field label={t('optionsMinGap', [name])} path={`${path}.minGapMinutes`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="number"
                  min={0}
                  value={numberText(cadence.minGapMinutes)}
                  onInput={(event) => update(network, { minGapMinutes: numberOf(event.currentTarget) })}
                />
              )}
            </Field>
            <Field label={t('optionsQuietFrom', [name])} path={`${path}.quietHours.from`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="time"
                  value={cadence.quietHours?.from ?? ''}
                  onInput={(event) => update(network, quiet(cadence, 'from', event.currentTarget.value))}
                />
              )}
            </Field>
            <Field label={t('optionsQuietTo', [name])} path={`${path}.quietHours.to`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="time"
                  value={cadence.quietHours?.to ?? ''}
                  onInput={(event) => update(network, quiet(cadence, 'to', event.currentTarget.value))}
                />
              )}
            </Field>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** Quiet hours are on when either end is set; both empty turns them off. */
function quiet(cadence: CadenceSettings, end: 'from' | 'to', value: string): Partial<CadenceSettings> {
  const current = cadence.quietHours ?? { from: '', to: '' };
  const next = { ...current, [end]: value };
  return { quietHours: next.from || next.to ? next : null };
}
