/**
 * Bundles src/platforms/insert-text.ts into an IIFE that exposes `window.__insertText` (what the
 * content script calls, synchronous) and `window.__insertTextChecked` (waits and verifies), for
 * e2e/insert-text.spec.ts to inject into fixture pages without the extension.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { InsertResult } from '../../src/platforms/insert-text';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface InsertTextWindow {
  __insertText(element: HTMLElement, text: string): InsertResult;
  __insertTextChecked(element: HTMLElement, text: string): Promise<InsertResult>;
}

let bundle: Promise<string> | null = null;

export function insertTextBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `import { insertText, insertTextChecked } from './src/platforms/insert-text';
        Object.assign(window, { __insertText: insertText, __insertTextChecked: insertTextChecked });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}
