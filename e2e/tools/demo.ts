/**
 * `npm start`: opens Chromium with the freshly built extension on the offline demo — the e2e
 * fixture pages, which imitate each network's composer with its real editor library, served
 * under the networks' real URLs, their comments dated relative to now. No account and no network
 * needed. Close the browser to stop.
 */

import { launchWithExtension } from '../support/extension';
import { fixturePages } from '../support/fixtures';
import { prepareDemo } from './demo-brand';

const headless = process.argv.includes('--headless');
if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run this from a desktop session, or try: xvfb-run npm start');
  process.exit(1);
}

const context = await launchWithExtension(undefined, { headless, args: ['--start-maximized'] });
await prepareDemo(context);

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
