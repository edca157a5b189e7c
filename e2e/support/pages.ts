import type { BrowserContext } from '@playwright/test';

/** Serves `html` at every path of `origin` (favicon requests get an empty answer). */
export async function servePage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** A bare page with a textarea and a contenteditable: the generic composer finder's ground. */
export const plainComposerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Composer</title>
<style>body{font:16px system-ui;margin:40px} textarea,[contenteditable]{display:block;width:420px;min-height:80px;border:1px solid #ccc;margin:12px 0;padding:8px}</style>
</head><body>
<h1>Compose</h1>
<textarea aria-label="Plain textarea" id="plain"></textarea>
<div contenteditable="true" role="textbox" aria-label="Rich text" id="rich"></div>
<p><button id="remove-panel">Remove stray elements</button></p>
<script>
document.getElementById('remove-panel').addEventListener('click', () => {
  document.querySelectorAll('smm-assistant').forEach((node) => node.remove());
});
</script>
</body></html>`;
