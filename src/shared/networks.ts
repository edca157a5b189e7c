/** The networks SMM Assistant knows. The id is used in settings, records and adapter file names. */
export const networks = [
  'x',
  'facebook',
  'instagram',
  'threads',
  'linkedin',
  'vk',
  'mastodon',
  'bluesky',
] as const;
export type Network = (typeof networks)[number];

/** Names as the networks spell them; not translated. */
export const networkNames: Record<Network, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  vk: 'VK',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
};

export function isNetwork(value: unknown): value is Network {
  return typeof value === 'string' && (networks as readonly string[]).includes(value);
}
