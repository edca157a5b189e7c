/**
 * Every user-visible string goes through `t`. In the extension it is `chrome.i18n.getMessage`
 * (it follows the browser's language); in unit tests a catalogue is registered instead.
 */
type Catalogue = Record<string, { message: string }>;

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

export function t(key: string, params: readonly (string | number)[] = []): string {
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

/** The browser's UI language as the extension API reports it; undefined outside the extension. */
export function browserLanguage(): string | undefined {
  try {
    return api()?.getUILanguage() || undefined;
  } catch {
    // As in `t`: no API left after an update.
    return undefined;
  }
}

/** The UI language, for `Intl` formatting of dates and numbers. */
export function uiLanguage(): string {
  return browserLanguage() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
}
