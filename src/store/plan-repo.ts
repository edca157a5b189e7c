import type { PlanItem } from '../shared/plan';
import { database } from './db';

/** The brand's pinned items from `from` to `to` (day keys, inclusive), by day. */
export async function planItemsBetween(brandId: string, from: string, to: string): Promise<PlanItem[]> {
  const db = await database();
  return db.getAllFromIndex('plan', 'byBrandDay', IDBKeyRange.bound([brandId, from], [brandId, to]));
}

export async function pinPlanItem(item: PlanItem): Promise<void> {
  await (await database()).put('plan', item);
}

/**
 * Changes one pinned item (moved to another day or network, marked done or not, text edited);
 * read and written in one transaction so two pages changing it at once lose neither change.
 */
export async function updatePlanItem(
  id: string,
  change: Partial<Pick<PlanItem, 'day' | 'network' | 'done' | 'text'>>,
): Promise<PlanItem | undefined> {
  const db = await database();
  const tx = db.transaction('plan', 'readwrite');
  const item = await tx.store.get(id);
  const changed = item ? { ...item, ...change } : undefined;
  if (changed) await tx.store.put(changed);
  await tx.done;
  return changed;
}

export async function removePlanItem(id: string): Promise<void> {
  await (await database()).delete('plan', id);
}
