/**
 * Every user-visible string goes through `t`. In the extension it is `chrome.i18n.getMessage`
 * (it follows the browser's language); in unit tests a catalogue is registered instead.
 */
type Catalogue = Record<string, { message: string }>;

/**
 * The English catalogue's keys, the reference the other locales follow (locales.test.ts): a key
 * that is not there is a typo, caught by the type checker. A type-only import: nothing of the JSON
 * reaches a bundle.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

let fallback: Catalogue | undefined;

export function registerCatalogue(catalogue: Catalogue): void {
  fallback = catalogue;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const chromeLike = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome;
  return chromeLike?.i18n?.getMessage ? chromeLike.i18n : undefined;
}

export function t(key: MessageKey, params: readonly (string | number)[] = []): string {
  const substitutions = params.map(String);
  let native: string | undefined;
  try {
    native = api()?.getMessage(key, substitutions);
  } catch {
    // An extension updated under a running content script loses its API: fall back quietly.
  }
  if (native) return native;
  const entry = fallback?.[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

/**
 * The one lookup of an untyped string: a problem's message, which is a key when our schemas or the
 * worker wrote it and an exception's own text otherwise (shown as it is, as `t` shows a missing key).
 */
export function messageOrText(keyOrText: string, params: readonly (string | number)[] = []): string {
  return t(keyOrText as MessageKey, params);
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // As in `t`: no API left after an update.
    return undefined;
  }
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The browser's language as far as our texts go, undefined outside the extension: the language of
 * the catalogue the browser picked (`catalogueLanguage` in each messages.json, English for one we
 * don't have), as the browser's own tag when it is that language (`fr-CA`, so dates follow its
 * conventions). Not chrome.i18n.getUILanguage() alone: in a service worker Chromium answers `en-US`
 * while getMessage answers in French (Chromium 156, `--lang=fr`), and dates in a French sentence
 * must be French.
 */
export function browserLanguage(): string | undefined {
  const messages = safely(() => api()?.getMessage('catalogueLanguage'));
  if (!messages) return undefined;
  const tags = [
    safely(() => api()?.getUILanguage()),
    typeof navigator !== 'undefined' ? navigator.language : undefined,
  ];
  return tags.find((tag) => tag && primary(tag) === messages) ?? messages;
}

/** The UI language, for `Intl` formatting of dates and numbers. */
export function uiLanguage(): string {
  return browserLanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
}
