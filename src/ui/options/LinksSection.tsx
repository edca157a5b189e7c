import { t } from '../../shared/i18n';
import type { Brand } from '../../shared/settings-schema';
import { Field } from './Field';
import { ListText } from './ListText';
import type { BrandSectionProps } from './section';

const policies: Brand['linkPolicy']['external'][] = ['allow', 'warn', 'avoid'];

/** The handbook: don't send followers off the network; a link only where the context calls for it. */
export function LinksSection({ settings, onChange, problems }: BrandSectionProps) {
  const policy = settings.linkPolicy;
  const update = (patch: Partial<Brand['linkPolicy']>) =>
    onChange({ ...settings, linkPolicy: { ...policy, ...patch } });
  return (
    <fieldset class="section" data-section="links" id="section-links">
      <legend>{t('optionsLinks')}</legend>
      <Field label={t('optionsLinkPolicy')} path="linkPolicy.external" problems={problems}>
        {(a11y) => (
          <select
            {...a11y}
            value={policy.external}
            onChange={(event) =>
              update({ external: event.currentTarget.value as Brand['linkPolicy']['external'] })
            }
          >
            {policies.map((value) => (
              <option key={value} value={value}>
                {t(`optionsLinkPolicy_${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('optionsAllowedDomains')}
        path="linkPolicy.allowedDomains"
        problems={problems}
        hint={t('optionsAllowedDomainsHint')}
      >
        {(a11y) => (
          <ListText
            a11y={a11y}
            list={policy.allowedDomains}
            onList={(allowedDomains) => update({ allowedDomains })}
          />
        )}
      </Field>
    </fieldset>
  );
}
