import type { BrowserContext } from '@playwright/test';

/** Serves `html` at every path of `origin` (favicon requests get an empty answer). */
export async function servePage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * A bare page with Mastodon's compose form (docs/ARCHITECTURE.md): the smallest page the Mastodon adapter
 * recognises, for tests of the panel itself.
 */
export const plainComposerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Composer</title>
<style>body{font:16px system-ui;margin:40px} textarea{display:block;width:420px;min-height:80px;border:1px solid #ccc;margin:12px 0;padding:8px}</style>
</head><body>
<h1>Compose</h1>
<form class="compose-form">
  <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea" aria-label="Plain textarea"></textarea></div>
  <div class="compose-form__submit"><button type="submit">Post</button></div>
</form>
<p><button id="remove-panel">Remove stray elements</button></p>
<script>
document.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
document.getElementById('remove-panel').addEventListener('click', () => {
  document.querySelectorAll('smm-assistant').forEach((node) => node.remove());
});
</script>
</body></html>`;
