import { describe, expect, test } from 'vitest';
import { isRegionShown, isShownByDefault, withRegionShown } from './region-visibility';

describe('which unusual-days regions a brand sees', () => {
  const french = { countries: ['FR'], disabledRegions: [] };

  test.each([
    ['international', true],
    ['FR', true],
    ['EU', true],
    ['US', false],
    ['RU', false],
  ])('a French brand, by default, %s: %s', (region, shown) => {
    expect(isRegionShown(region, french)).toBe(shown);
  });

  test('EU days are for brands in the EU only', () => {
    expect(isShownByDefault('EU', ['CH'])).toBe(false);
    expect(isShownByDefault('EU', ['be'])).toBe(true);
  });

  test('another country is opt-in; anything can be switched off, and off wins', () => {
    expect(isRegionShown('US', { ...french, enabledRegions: ['US'] })).toBe(true);
    expect(isRegionShown('FR', { ...french, disabledRegions: ['FR'] })).toBe(false);
    expect(isRegionShown('international', { ...french, disabledRegions: ['international'] })).toBe(false);
    expect(isRegionShown('US', { ...french, enabledRegions: ['US'], disabledRegions: ['US'] })).toBe(false);
  });
});

describe('withRegionShown, the options switch', () => {
  const choice = { countries: ['FR'], enabledRegions: ['GB'], disabledRegions: ['EU'] };

  test.each([
    ['US', true, ['GB', 'US'], ['EU']],
    ['GB', false, [], ['EU']],
    ['FR', false, ['GB'], ['EU', 'FR']],
    ['EU', true, ['GB'], []],
    ['international', true, ['GB'], ['EU']],
  ])('%s switched %s', (region, shown, enabledRegions, disabledRegions) => {
    const next = withRegionShown(region, shown, choice);
    expect(next).toEqual({ enabledRegions, disabledRegions });
    expect(isRegionShown(region, { ...choice, ...next })).toBe(shown);
  });
});
