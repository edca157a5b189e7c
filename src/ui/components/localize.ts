import { type MessageKey, t, uiLanguage } from '../../shared/i18n';

/** Sets the page's language and title from the locale, for screen readers and the tab strip. */
export function localizeDocument(titleKey: MessageKey = 'extName'): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
