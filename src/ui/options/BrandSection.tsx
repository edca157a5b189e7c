import { type MessageKey, t } from '../../shared/i18n';
import { type Network, networks } from '../../shared/networks';
import type { Brand } from '../../shared/settings-schema';
import { Field } from './Field';
import { ListText } from './ListText';
import { PlaceFields } from './PlaceFields';
import type { BrandSectionProps } from './section';

/** How each network names an account, for the field's label ("X handle", "LinkedIn page"). */
const accountLabelKeys: Record<Network, MessageKey> = {
  x: 'optionsAccountX',
  facebook: 'optionsAccountFacebook',
  instagram: 'optionsAccountInstagram',
  threads: 'optionsAccountThreads',
  linkedin: 'optionsAccountLinkedIn',
  vk: 'optionsAccountVk',
  mastodon: 'optionsAccountMastodon',
  bluesky: 'optionsAccountBluesky',
};

/**
 * Who the brand is: its name, its accounts on each network (several per network: they tell the
 * brand's own replies apart and pick the brand on a page), own domains, language and country.
 */
export function BrandSection({ settings: brand, onChange, problems }: BrandSectionProps) {
  const update = (patch: Partial<Brand>) => onChange({ ...brand, ...patch });
  const setAccounts = (network: Network, handles: string[]) => {
    const accounts = { ...brand.accounts };
    if (handles.length) accounts[network] = handles;
    else delete accounts[network];
    update({ accounts });
  };

  return (
    <fieldset class="section" data-section="brand" id="section-brand">
      <legend>{t('optionsBrand')}</legend>
      <Field label={t('optionsBrandName')} path="name" problems={problems}>
        {(a11y) => (
          <input
            {...a11y}
            name="brandName"
            value={brand.name}
            required
            onInput={(event) => update({ name: event.currentTarget.value })}
          />
        )}
      </Field>
      <PlaceFields brand={brand} onChange={onChange} problems={problems} />
      <p class="muted">{t('optionsAccountsHint')}</p>
      <div class="grid-2" data-role="accounts">
        {networks.map((network) => (
          <Field
            key={network}
            label={t(accountLabelKeys[network])}
            path={`accounts.${network}`}
            problems={problems}
          >
            {(a11y) => (
              <ListText
                a11y={a11y}
                inline="commas"
                list={brand.accounts[network] ?? []}
                onList={(handles) => setAccounts(network, handles)}
              />
            )}
          </Field>
        ))}
      </div>
      <Field
        label={t('optionsOwnDomains')}
        path="ownDomains"
        problems={problems}
        hint={t('optionsOwnDomainsHint')}
      >
        {(a11y) => (
          <ListText a11y={a11y} list={brand.ownDomains} onList={(ownDomains) => update({ ownDomains })} />
        )}
      </Field>
    </fieldset>
  );
}
