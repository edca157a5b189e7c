/**
 * A Mastodon instance as the user types it (`fosstodon.org`, `https://fosstodon.org/home`) turned
 * into the origin we store and ask permission for (`https://fosstodon.org`); null when it is not a
 * public https host.
 */
export function mastodonOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  // A dotted name with a real top-level label: not localhost, not an IP address.
  if (!/^([a-z0-9-]+\.)+[a-z][a-z0-9-]+$/.test(host)) return null;
  return `https://${host}`;
}

/** The host-permission pattern for an instance's origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The id of the content script registered for an instance: `mastodon-fosstodon.org`. */
export function mastodonScriptId(origin: string): string {
  return `mastodon-${new URL(origin).hostname}`;
}
