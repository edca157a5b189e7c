import { expect, test, vi } from 'vitest';
import { askPersistentStorage } from './persistent-storage';

const storage = (persisted: boolean, granted: boolean) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => granted),
});

test('asks the browser to keep the data when it is not kept yet', async () => {
  const refused = storage(false, false);
  expect(await askPersistentStorage(refused)).toBe(false);
  expect(refused.persist).toHaveBeenCalledOnce();
  const granted = storage(false, true);
  expect(await askPersistentStorage(granted)).toBe(true);
});

test('does not ask again once the data is kept', async () => {
  const kept = storage(true, true);
  expect(await askPersistentStorage(kept)).toBe(true);
  expect(kept.persist).not.toHaveBeenCalled();
});

test('a browser without the API, or one that throws, is no failure', async () => {
  expect(await askPersistentStorage(undefined)).toBeNull();
  const broken = {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => Promise.reject(new TypeError('opaque'))),
  };
  expect(await askPersistentStorage(broken)).toBeNull();
});
