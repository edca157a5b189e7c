import type { MessageKey } from './i18n';
import type { Network } from './networks';

/**
 * How each network names a brand's account ("X handle", "LinkedIn page"): i18n keys shared by the
 * options' fields and the panel's "tell me your account" notice, so both say the same.
 */
export const accountLabelKeys: Record<Network, MessageKey> = {
  x: 'optionsAccountX',
  facebook: 'optionsAccountFacebook',
  instagram: 'optionsAccountInstagram',
  threads: 'optionsAccountThreads',
  linkedin: 'optionsAccountLinkedIn',
  vk: 'optionsAccountVk',
  mastodon: 'optionsAccountMastodon',
  bluesky: 'optionsAccountBluesky',
};
