/**
 * Which regions of the unusual-days dataset a brand sees. By default the international days and
 * the brand's own countries; another country's days only when the user switches them on
 * (`enabledRegions`); anything can be switched off (`disabledRegions`, as in the settings today).
 */

export interface RegionChoice {
  /** The brand's countries, ISO 3166-1 alpha-2. */
  countries: readonly string[];
  /** Regions the user switched on beyond the defaults. */
  enabledRegions?: readonly string[];
  /** Regions the user switched off; wins over everything else. */
  disabledRegions: readonly string[];
}

/** Member states of the European Union, whose brands see the dataset's `EU` days by default. */
const euMembers = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Is `region` shown without the user doing anything? */
export function isShownByDefault(region: string, countries: readonly string[]): boolean {
  if (region === 'international') return true;
  const own = countries.map((country) => country.toUpperCase());
  if (own.includes(region)) return true;
  return region === 'EU' && own.some((country) => euMembers.has(country));
}

export function isRegionShown(region: string, choice: RegionChoice): boolean {
  if (choice.disabledRegions.includes(region)) return false;
  return isShownByDefault(region, choice.countries) || (choice.enabledRegions ?? []).includes(region);
}

/**
 * The options' switch for one region: what `enabledRegions` and `disabledRegions` become when the
 * user turns `region` on or off. A default region is turned off by listing it as disabled; another
 * country is turned on by listing it as enabled; each list keeps only what differs from the default.
 */
export function withRegionShown(
  region: string,
  shown: boolean,
  choice: RegionChoice,
): { enabledRegions: string[]; disabledRegions: string[] } {
  const enabled = new Set(choice.enabledRegions ?? []);
  const disabled = new Set(choice.disabledRegions);
  enabled.delete(region);
  disabled.delete(region);
  const byDefault = isShownByDefault(region, choice.countries);
  if (shown && !byDefault) enabled.add(region);
  if (!shown && byDefault) disabled.add(region);
  return { enabledRegions: [...enabled].sort(), disabledRegions: [...disabled].sort() };
}
