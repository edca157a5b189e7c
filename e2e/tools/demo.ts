/**
 * `npm start`: opens Chromium with the freshly built extension on the offline demo — the e2e
 * fixture pages, which imitate each network's composer with its real editor library, served
 * under the networks' real URLs. No account and no network needed. Close the browser to stop.
 */

import { extensionWorker, launchWithExtension } from '../support/extension';
import { fixturePages, serveFixtures } from '../support/fixtures';
import { updateSettings } from '../support/settings';

const headless = process.argv.includes('--headless');
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run this from a desktop session, or try: xvfb-run npm start');
  process.exit(1);
}

const context = await launchWithExtension(undefined, { headless, args: ['--start-maximized'] });
// Anything that isn't a demo page stays offline.
await context.route(
  (url) => url.protocol === 'http:' || url.protocol === 'https:',
  (route) => route.abort('blockedbyclient'),
);
await serveFixtures(context);

// The demo pages are Acme's: tell the extension, as a user would in the options.
const worker = await extensionWorker(context);
const setup = await context.newPage();
await setup.goto(`chrome-extension://${new URL(worker.url()).host}/src/ui/popup/index.html`);
await updateSettings(setup, (settings) => {
  const brand = settings.brands[0] as unknown as { name: string; ownDomains: string[] };
  brand.name = 'Acme';
  brand.ownDomains = ['acme.example'];
  Object.assign(settings.brands[0].accounts, {
    x: 'acmebrand',
    facebook: 'acmebrand',
    instagram: 'acmebrand',
    threads: 'acmebrand',
    linkedin: 'Acme',
    vk: 'acmebrand',
    mastodon: 'acmebrand@mastodon.social',
    bluesky: 'acmebrand.bsky.social',
  });
});
await setup.close();

const sites = Object.entries(fixturePages);
const [first] = context.pages();
for (const [index, [network, site]] of sites.entries()) {
  const page = index === 0 && first ? first : await context.newPage();
  await page.goto(site.url);
  console.log(`${network.padEnd(10)} ${site.url}`);
}
await context.pages()[0]?.bringToFront();
console.log('\nThe demo is open: click into a composer to see the panel. Close the browser to stop.');
if (headless) await context.close();
else await new Promise<void>((resolve) => context.on('close', () => resolve()));
