// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { networks } from '../shared/networks';
import { adapterFor } from './index';

describe('adapterFor', () => {
  test.each(networks)('%s has its own adapter, with selectors', (network) => {
    const adapter = adapterFor(network);
    expect(adapter.network).toBe(network);
    expect(Object.keys(adapter.selectors).length).toBeGreaterThan(0);
  });

  test('any other page gets the generic finder', () => {
    const adapter = adapterFor(null);
    expect(adapter.network).toBeNull();
    expect(adapter.comments(document, { pageUrl: 'https://example.com/', brandHandles: ['acme'] })).toEqual(
      [],
    );
  });
});
