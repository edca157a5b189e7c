/**
 * Talking to the background from one of the extension's own pages (options, popup), as they do:
 * the way tests seed settings in Firefox, with nothing test-only in the build.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { SendMessage } from '../support/settings';

export const OPTIONS = 'src/ui/options/index.html';
export const POPUP = 'src/ui/popup/index.html';

export function messenger(extensionPage: Page): SendMessage {
  return (message) => extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** The form control a `<label>` with exactly this text names. */
export async function labelled(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const control = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('label')].find((node) => node.textContent?.trim() === text)?.control,
    {},
    label,
  );
  return control.asElement() as ElementHandle<HTMLInputElement>;
}
