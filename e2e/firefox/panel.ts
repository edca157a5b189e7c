/**
 * The panel as a test in Firefox sees it: puppeteer's `>>>` reaches into its open shadow root;
 * Playwright's getByRole does not apply to puppeteer's pages, so role and name are read here.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { FixtureWindow } from '../fixtures/shared/api';

/** A selector for something inside the panel (`smm-assistant`'s shadow root). */
export const inPanel = (selector: string) => `smm-assistant >>> aside[role="complementary"] ${selector}`;

export interface PanelState {
  shadowMode: string | null;
  role: string | null;
  /** aria-label, else the text of what aria-labelledby names. */
  name: string | null;
  collapsed: string | null;
  /** Whether the panel's host overlaps the element (the composer), in viewport coordinates. */
  covers: boolean;
  /** The host has a size and lies inside the viewport. */
  inView: boolean;
}

export function panelState(page: Page, beside: ElementHandle<Element>): Promise<PanelState | null> {
  return page.evaluate((composer) => {
    const host = document.querySelector('smm-assistant');
    const panel = host?.shadowRoot?.querySelector('[role="complementary"]');
    if (!host || !panel) return null;
    const labelledBy = panel.getAttribute('aria-labelledby');
    const name =
      panel.getAttribute('aria-label') ??
      (labelledBy ? (host.shadowRoot?.getElementById(labelledBy)?.textContent ?? null) : null);
    const a = host.getBoundingClientRect();
    const b = composer.getBoundingClientRect();
    return {
      shadowMode: host.shadowRoot?.mode ?? null,
      role: panel.getAttribute('role'),
      name,
      collapsed: panel.getAttribute('data-collapsed'),
      covers: a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
      inView: a.width > 0 && a.height > 0 && a.right <= innerWidth && a.bottom <= innerHeight,
    };
  }, beside);
}

/** The text of the panel's element, or null while there is none. */
export async function panelText(page: Page, selector: string): Promise<string | null> {
  const element = await page.$(inPanel(selector));
  return element ? element.evaluate((node) => node.textContent) : null;
}

/** An attribute of the panel's element, or null while there is none. */
export async function panelAttribute(page: Page, selector: string, name: string): Promise<string | null> {
  const element = await page.$(inPanel(selector));
  return element ? element.evaluate((node, attribute) => node.getAttribute(attribute), name) : null;
}

/** The editor's own text (not the DOM's) of the focused composer; see FixtureApi.text. */
export function fixtureText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as FixtureWindow).fixture.text());
}
