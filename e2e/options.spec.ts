import type { Page } from '@playwright/test';
import type { Settings } from '../src/shared/settings-schema';
import { expect, test } from './support/extension';
import { OPTIONS, openAt, POPUP, request } from './support/open-at';

const THURSDAY = '2026-03-05T12:00:00Z';

const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
};

test('every section edits the real settings, survives a reload and reaches the popup', async ({
  context,
  extensionId,
}) => {
  const options = await openAt(context, extensionId, OPTIONS, THURSDAY);
  // Brand and accounts.
  await options.getByLabel('X handle').fill('@acme');
  await options.getByLabel('Mastodon handle').fill('@acme@fosstodon.org');
  await options.getByLabel('LinkedIn page').fill('acme-coffee');
  await options.getByLabel('Language of the brand').selectOption('fr');
  // Themes: an edit, then the defaults back.
  await options.getByLabel('Monday hashtags').fill('#Nothing');
  await options.getByRole('button', { name: 'Restore the default themes' }).click();
  // The defaults are the set of the brand's language, French here.
  await expect(options.getByLabel('Monday hashtags')).toHaveValue('#LundiMotivation #LundiEnMusique');
  // Content mix, with the live total and its error.
  await options.getByLabel('Window (days)').fill('21');
  await options.getByLabel('Tolerance (points)').fill('5');
  const formats = options.locator('[data-shares="mix.formats"]');
  await formats.getByLabel('text', { exact: true }).fill('30');
  await expect(formats.locator('[data-role="total"]')).toContainText('Total: 110%');
  await expect(options.getByRole('alert')).toContainText(
    'brands[0].mix.formats: the shares must add up to 100',
  );
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).not.toHaveText('Saved');
  await formats.getByLabel('image', { exact: true }).fill('25');
  await expect(formats.locator('[data-role="total"]')).toHaveText('Total: 100%');
  await expect(options.getByRole('alert')).toBeHidden();
  // Cadence.
  await options.getByLabel('Facebook daily cap').fill('3');
  await options.getByLabel('Facebook minimum gap (minutes)').fill('120');
  await options.getByLabel('Facebook quiet hours from').fill('22:00');
  await options.getByLabel('Facebook quiet hours until').fill('07:00');
  // Links.
  await options.getByLabel('External links').selectOption('avoid');
  await options.getByLabel('Allowed domains').fill('partner.example');
  // Business hours and deadline.
  await options.getByRole('checkbox', { name: 'Friday', exact: true }).uncheck();
  await options.getByLabel('Opens at').fill('08:00');
  await options.getByLabel('Answer deadline (business hours)').fill('4');
  // Communication policy.
  await options.getByRole('button', { name: 'Add a line' }).click();
  await options.getByLabel('Question: who answers').fill('Ana');
  // Local event and custom day on that Thursday; a dataset region off.
  await options.getByRole('button', { name: 'Add an event' }).click();
  await options.getByLabel('Event 1 name').fill('Street fair');
  await options.getByLabel('Event 1 first day').fill('2026-03-05');
  await options.getByLabel('Event 1 place').fill('Lyon');
  await options.getByLabel('Event 1 hashtag').fill('#StreetFair');
  await options.getByRole('button', { name: 'Add a custom day' }).click();
  await options.getByLabel('Custom day 1 name').fill('Acme day');
  await options.getByLabel('Custom day 1 date').fill('03-05');
  await options.getByLabel('Custom day 1 hashtag').fill('#AcmeDay');
  await options.getByRole('checkbox', { name: 'International' }).uncheck();
  // Recurring task, reminders, delete guard, retention.
  await options.getByRole('button', { name: 'Add a task' }).click();
  await options.getByLabel('Task 1').fill('Reply in groups');
  await options.getByLabel('When a comment is due within the hour').uncheck();
  await options.getByLabel(/Ask before deleting a comment/).uncheck();
  await options.getByLabel('Keep answered comments (days)').fill('90');
  await expect(options.getByRole('status')).toHaveText('Unsaved changes');
  await save(options);

  const settings = await request<Settings>(options, 'settings.get');
  const brand = settings.brands[0];
  expect(brand).toMatchObject({
    accounts: { x: ['@acme'], mastodon: ['@acme@fosstodon.org'], linkedin: ['acme-coffee'] },
    language: 'fr',
  });
  expect(brand.weekdayThemes.monday.hashtags).toEqual(['#LundiMotivation', '#LundiEnMusique']);
  expect(brand.mix).toMatchObject({ windowDays: 21, tolerance: 5 });
  expect(brand.mix.formats).toMatchObject({ text: 30, image: 25 });
  expect(brand.cadence.facebook).toEqual({
    dailyCap: 3,
    minGapMinutes: 120,
    quietHours: { from: '22:00', to: '07:00' },
  });
  expect(brand.linkPolicy).toEqual({ external: 'avoid', allowedDomains: ['partner.example'] });
  expect(brand.businessHours).toMatchObject({ days: [1, 2, 3, 4], open: '08:00' });
  expect(brand.answerDeadlineHours).toBe(4);
  expect(brand.communicationPolicy).toEqual([
    { category: 'question', person: 'Ana', deadlineHours: null, guidance: '' },
  ]);
  expect(brand.localEvents).toMatchObject([
    { name: 'Street fair', start: '2026-03-05', place: 'Lyon', hashtag: '#StreetFair' },
  ]);
  expect(brand.customDays).toMatchObject([{ name: 'Acme day', date: '03-05', hashtag: '#AcmeDay' }]);
  expect(brand.disabledRegions).toEqual(['international']);
  expect(brand.recurringTasks).toMatchObject([{ label: 'Reply in groups' }]);
  expect(settings.notifications).toEqual({ dueSoon: false, overdue: true });
  expect(settings.deleteGuard).toBe(false);
  expect(settings.retentionDays).toBe(90);

  await options.reload();
  await expect(options.getByLabel('X handle')).toHaveValue('@acme');
  await expect(options.getByLabel('Facebook daily cap')).toHaveValue('3');
  await expect(options.getByLabel('Event 1 name')).toHaveValue('Street fair');

  const popup = await openAt(context, extensionId, POPUP, THURSDAY);
  await expect(popup.locator('[data-check="local-events"]')).toContainText('Street fair');
  await expect(popup.locator('[data-check="unusual-day"]')).toContainText('Acme day');
  await expect(popup.locator('[data-check^="task:"]')).toContainText('Reply in groups');
  // With accounts named, the cadence lists those networks only.
  await expect(popup.locator('[data-check="cadence"] [data-network]')).toHaveCount(3);
});

test('events are imported from an .ics file', async ({ context, extensionId }) => {
  const options = await openAt(context, extensionId, OPTIONS, THURSDAY);
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:fair-1',
    'DTSTART;VALUE=DATE:20260310',
    'SUMMARY:Coffee festival',
    'LOCATION:Lyon',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  await options
    .getByLabel('Import events from a calendar file (.ics)')
    .setInputFiles({ name: 'fairs.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await expect(options.getByLabel('Event 1 name')).toHaveValue('Coffee festival');
  await expect(options.getByLabel('Event 1 first day')).toHaveValue('2026-03-10');

  await options
    .getByLabel('Import events from a calendar file (.ics)')
    .setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('hello') });
  await expect(options.getByRole('alert')).toContainText('broken.ics');
  await expect(options.locator('[data-event]')).toHaveCount(1);

  // An event that can't be placed is skipped and named; the rest of the file comes in.
  const partly = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:fair-2',
    'DTSTART;VALUE=DATE:20260320',
    'SUMMARY:Book fair',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:fair-3',
    'SUMMARY:Tasting with no date',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  await options
    .getByLabel('Import events from a calendar file (.ics)')
    .setInputFiles({ name: 'partly.ics', mimeType: 'text/calendar', buffer: Buffer.from(partly) });
  await expect(options.getByLabel('Event 2 name')).toHaveValue('Book fair');
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('The calendar file was imported, except for:');
  await expect(alert.locator('[data-path="partly.ics VEVENT[1]"]')).toContainText('Tasting with no date');
  await expect(alert).toContainText('An event has no start date (DTSTART).');
  await expect(options.getByText('Events imported: 1. Save to keep them.')).toBeVisible();

  // Over 5 MB, the file is refused from its size, and nothing changes.
  await options.getByLabel('Import events from a calendar file (.ics)').setInputFiles({
    name: 'huge.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32),
  });
  await expect(alert).toContainText('The calendar file is over the size limit.');
  await expect(alert).toContainText('the limit is 5 MB');
  await expect(options.locator('[data-event]')).toHaveCount(2);
});

test('unsaved changes are not lost silently when leaving', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await options.getByLabel('Brand name').fill('Half-done');
  await expect(options.getByRole('status')).toHaveText('Unsaved changes');
  const dialog = options.waitForEvent('dialog');
  await options.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.accept();
});
