import { t } from '../../shared/i18n';
import { type Network, networks } from '../../shared/networks';
import type { Brand } from '../../shared/settings-schema';
import { Field } from './Field';
import { ListText } from './ListText';
import { newId, type SectionProps } from './section';

/** How each network names an account, for the field's label ("X handle", "LinkedIn page"). */
const accountLabelKeys: Record<Network, string> = {
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
 * The brands: which one is active (the one edited here), its name, its accounts on each network
 * (they tell the brand's own replies apart and pick the brand on a page), own domains and language.
 */
export function BrandSection({ settings, onChange, problems }: SectionProps) {
  const index = Math.max(
    0,
    settings.brands.findIndex((brand) => brand.id === settings.activeBrandId),
  );
  const brand = settings.brands[index];
  const base = `brands[${index}]`;
  const update = (patch: Partial<Brand>) => {
    const brands = settings.brands.map((item, i) => (i === index ? { ...item, ...patch } : item));
    onChange({ ...settings, brands });
  };
  const setAccount = (network: Network, handle: string) => {
    const accounts = { ...brand.accounts };
    if (handle.trim()) accounts[network] = handle;
    else delete accounts[network];
    update({ accounts });
  };
  const addBrand = () => {
    const added: Brand = { id: newId('brand'), name: t('optionsNewBrand'), accounts: {}, ownDomains: [] };
    onChange({ ...settings, brands: [...settings.brands, added], activeBrandId: added.id });
  };
  const removeBrand = () => {
    const brands = settings.brands.filter((_, i) => i !== index);
    onChange({ ...settings, brands, activeBrandId: brands[0].id });
  };

  return (
    <fieldset class="section" data-section="brand" id="section-brand">
      <legend>{t('optionsBrand')}</legend>
      <div class="row">
        <Field label={t('optionsActiveBrand')} path="activeBrandId" problems={problems}>
          {(a11y) => (
            <select
              {...a11y}
              value={settings.activeBrandId}
              onChange={(event) => onChange({ ...settings, activeBrandId: event.currentTarget.value })}
            >
              {settings.brands.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name || item.id}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="row__actions">
          <button type="button" data-action="add-brand" onClick={addBrand}>
            {t('optionsAddBrand')}
          </button>
          <button
            type="button"
            data-action="remove-brand"
            disabled={settings.brands.length < 2}
            onClick={removeBrand}
          >
            {t('optionsRemoveBrand')}
          </button>
        </div>
      </div>
      <Field label={t('optionsBrandName')} path={`${base}.name`} problems={problems}>
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
      <Field label={t('optionsBrandLanguage')} path={`${base}.language`} problems={problems}>
        {(a11y) => (
          <select
            {...a11y}
            value={brand.language ?? ''}
            onChange={(event) => {
              const language = event.currentTarget.value as Brand['language'] | '';
              const { language: _old, ...rest } = brand;
              onChange({
                ...settings,
                brands: settings.brands.map((item, i) =>
                  i === index ? (language ? { ...rest, language } : rest) : item,
                ),
              });
            }}
          >
            <option value="">{t('optionsLanguageBrowser')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="ru">Русский</option>
          </select>
        )}
      </Field>
      <div class="grid-2" data-role="accounts">
        {networks.map((network) => (
          <Field
            key={network}
            label={t(accountLabelKeys[network])}
            path={`${base}.accounts.${network}`}
            problems={problems}
          >
            {(a11y) => (
              <input
                {...a11y}
                value={brand.accounts[network] ?? ''}
                onInput={(event) => setAccount(network, event.currentTarget.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <Field
        label={t('optionsOwnDomains')}
        path={`${base}.ownDomains`}
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
