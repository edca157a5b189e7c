import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../shared/settings-defaults';
import { SettingsSchema } from '../shared/settings-schema';
import { repairWith } from './settings-repair';

/**
 * A schema of its own, shaped like settings (per-brand objects in a list, lists of strings, checks
 * across fields), so the repair is shown to follow whatever schema it is given.
 */
const Zone = v.pipe(
  v.string(),
  v.check((zone) => zone === '' || zone.includes('/'), 'errNotATimeZone'),
);
const Hours = v.pipe(
  v.strictObject({ open: v.string(), close: v.string(), timeZone: Zone }),
  v.check((hours) => hours.open < hours.close, 'errCloseBeforeOpen'),
);
const Brand = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1, 'errRequired')),
  name: v.pipe(v.string(), v.minLength(1, 'errRequired')),
  domains: v.array(v.pipe(v.string(), v.includes('.', 'errNotADomain'))),
  language: v.optional(v.picklist(['en', 'fr'])),
  hours: Hours,
});
const Line = v.strictObject({ person: v.pipe(v.string(), v.maxLength(5, 'errTooLong')) });
const Schema = v.strictObject({
  version: v.literal(3),
  brands: v.pipe(v.array(Brand), v.minLength(1, 'errNoBrand')),
  policy: v.array(Line),
  retentionDays: v.pipe(v.number(), v.minValue(1, 'errPositive')),
});
type Value = v.InferOutput<typeof Schema>;

const defaults = (): Value => ({
  version: 3,
  brands: [
    { id: 'brand-1', name: 'My brand', domains: [], hours: { open: '09:00', close: '18:00', timeZone: '' } },
  ],
  policy: [],
  retentionDays: 180,
});

const acme = () => ({
  id: 'acme',
  name: 'Acme',
  domains: ['acme.example', 'shop.acme.example'],
  language: 'fr',
  hours: { open: '08:00', close: '17:00', timeZone: 'Europe/Paris' },
});
const beans = () => ({
  id: 'beans',
  name: 'Beans',
  domains: ['beans.example'],
  hours: { open: '10:00', close: '19:00', timeZone: 'Europe/Lyon' },
});
const stored = () => ({
  version: 3,
  brands: [acme(), beans()],
  policy: [{ person: 'Ana' }, { person: 'Bo' }],
  retentionDays: 90,
});

describe('repairWith', () => {
  test('a valid value comes back as it is, with no problem', () => {
    expect(repairWith(Schema, stored(), defaults())).toEqual({ value: stored(), problems: [] });
  });

  test('a bad time zone inside the second brand takes the default zone; the brand and the rest stay', () => {
    const input = stored();
    input.brands[1].hours.timeZone = 'Mars';
    const { value, problems } = repairWith(Schema, input, defaults());
    const expected = stored();
    expected.brands[1].hours.timeZone = '';
    expect(value).toEqual(expected);
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'brands[1].hours.timeZone',
        message: 'errNotATimeZone',
        fix: 'default',
      }),
    ]);
  });

  test('a bad item of a list is dropped, the other items stay', () => {
    const input = stored();
    input.brands[0].domains.splice(1, 0, 'nodot');
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.brands[0].domains).toEqual(['acme.example', 'shop.acme.example']);
    expect(problems).toEqual([
      expect.objectContaining({ path: 'brands[0].domains[1]', message: 'errNotADomain', fix: 'dropped' }),
    ]);
  });

  test('an unknown key and a bad optional field are removed, nothing else', () => {
    const input: Record<string, unknown> = { ...stored(), fromTheFuture: true };
    (input.brands as Record<string, unknown>[])[0].language = 'de';
    const { value, problems } = repairWith(Schema, input, defaults());
    const { language: _language, ...withoutLanguage } = acme();
    expect(value).toEqual({ ...stored(), brands: [withoutLanguage, beans()] });
    expect(problems.map((problem) => [problem.path, problem.fix])).toEqual([
      ['brands[0].language', 'removed'],
      ['fromTheFuture', 'removed'],
    ]);
  });

  test('an item with a bad field and no default to take is dropped, not the whole list', () => {
    const input = stored();
    input.policy[0].person = 'Anastasia';
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.policy).toEqual([{ person: 'Bo' }]);
    expect(problems).toEqual([expect.objectContaining({ path: 'policy[0].person', fix: 'dropped' })]);
  });

  test('a missing field takes its default; inside an item, from the default list’s first item', () => {
    const input = stored() as Record<string, unknown>;
    delete input.retentionDays;
    delete (input.brands as Record<string, unknown>[])[1].domains;
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.retentionDays).toBe(180);
    expect(value.brands[1]).toEqual({ ...beans(), domains: [] });
    expect(problems.map((problem) => [problem.path, problem.fix])).toEqual([
      ['brands[1].domains', 'default'],
      ['retentionDays', 'default'],
    ]);
  });

  test('a check across fields, found once the fields themselves are fixed, replaces their object', () => {
    const input = stored();
    input.brands[0].hours = { open: '20:00', close: '08:00', timeZone: 'Nowhere' };
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.brands[0].hours).toEqual(defaults().brands[0].hours);
    expect(value.brands[0].name).toBe('Acme');
    expect(problems.map((problem) => [problem.path, problem.message, problem.fix])).toEqual([
      ['brands[0].hours.timeZone', 'errNotATimeZone', 'default'],
      ['brands[0].hours', 'errCloseBeforeOpen', 'default'],
    ]);
  });

  test('an item missing its own fields takes them from the model; an item that is no object goes', () => {
    const input = { ...stored(), brands: [{ id: '', name: '', domains: [], hours: acme().hours }, 'junk'] };
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.brands).toEqual([{ id: 'brand-1', name: 'My brand', domains: [], hours: acme().hours }]);
    expect(problems.map((problem) => [problem.path, problem.fix])).toEqual([
      ['brands[0].id', 'default'],
      ['brands[0].name', 'default'],
      ['brands[1]', 'dropped'],
    ]);
  });

  test('a list emptied by repair gets the default list back', () => {
    const { value, problems } = repairWith(Schema, { ...stored(), brands: ['junk'] }, defaults());
    expect(value.brands).toEqual(defaults().brands);
    expect(problems.map((problem) => [problem.path, problem.message, problem.fix])).toEqual([
      ['brands[0]', 'errWrongType', 'dropped'],
      ['brands', 'errNoBrand', 'default'],
    ]);
  });

  test('a list where an object belongs is replaced by the default object', () => {
    const input = { ...stored(), brands: [{ ...acme(), hours: ['08:00', '17:00'] }] };
    const { value, problems } = repairWith(Schema, input, defaults());
    expect(value.brands[0].hours).toEqual(defaults().brands[0].hours);
    expect(problems.map((problem) => [problem.path, problem.fix])).toEqual([['brands[0].hours', 'default']]);
  });

  test('something that is not an object at all becomes the defaults', () => {
    expect(repairWith(Schema, 'garbage', defaults())).toEqual({
      value: defaults(),
      problems: [expect.objectContaining({ path: '', fix: 'default' })],
    });
  });

  test('the input is never changed', () => {
    const input = stored();
    input.brands[1].hours.timeZone = 'Mars';
    const before = structuredClone(input);
    repairWith(Schema, input, defaults());
    expect(input).toEqual(before);
  });
});

describe('repairWith on the settings schema', () => {
  test('whatever is broken, the result is valid settings, and valid settings stay as they are', () => {
    const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string()));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), junk), { maxLength: 6 }), (edits) => {
        const input = structuredClone(defaultSettings()) as unknown as Record<string, unknown>;
        for (const [first, second, replacement] of edits) breakAt(input, first, second, replacement);
        const { value, problems } = repairWith(SettingsSchema, input, defaultSettings());
        expect(v.safeParse(SettingsSchema, value).success).toBe(true);
        if (v.safeParse(SettingsSchema, input).success) expect(problems).toEqual([]);
        else expect(problems.length).toBeGreaterThan(0);
        // Each problem is reported once: a repair that went round in circles would say so here.
        expect(problems.length).toBeLessThan(200);
      }),
      { numRuns: 100 },
    );
  });
});

/** Replaces one field, a level or two deep, picked by the two numbers, with junk. */
function breakAt(settings: Record<string, unknown>, first: number, second: number, junk: unknown): void {
  const keys = Object.keys(settings);
  const key = keys[first % keys.length];
  const inner = settings[key];
  if (inner && typeof inner === 'object' && second % 2 === 0) {
    const innerKeys = Object.keys(inner);
    if (innerKeys.length > 0) {
      (inner as Record<string, unknown>)[innerKeys[second % innerKeys.length]] = junk;
      return;
    }
  }
  settings[key] = junk;
}
