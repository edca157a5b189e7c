import type { Lang } from '../shared/calendar';
import type { MixBalance } from '../shared/mix';
import type { StarterOffer } from '../shared/plan';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultStarters, starterCategories } from '../shared/starter-sets';

/**
 * The starter prompts for the categories the mix needs more of, most needed first: the brand's own
 * prompts where it wrote some, else the built-in ones in its language.
 */
export function starterOffers(settings: BrandSettings, balance: MixBalance, lang: Lang): StarterOffer[] {
  return starterCategories
    .filter((category) => balance.categories.gaps[category] > 0)
    .sort((a, b) => balance.categories.gaps[b] - balance.categories.gaps[a])
    .map((category) => ({
      category,
      prompts: settings.starters[category]?.length
        ? settings.starters[category]
        : defaultStarters(category, lang),
    }));
}
