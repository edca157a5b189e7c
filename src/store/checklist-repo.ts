import { database } from './db';

/** The popup's hand-ticked items for one day (`YYYY-MM-DD`); another day starts with none. */
export async function checklistTicks(day: string): Promise<Record<string, boolean>> {
  return (await (await database()).get('checklistDays', day))?.ticks ?? {};
}

/** Ticks or unticks one item of `day`, in one transaction so two quick clicks both count. */
export async function tickChecklist(
  day: string,
  id: string,
  done: boolean,
): Promise<Record<string, boolean>> {
  const db = await database();
  const tx = db.transaction('checklistDays', 'readwrite');
  const ticks = { ...((await tx.store.get(day))?.ticks ?? {}) };
  if (done) ticks[id] = true;
  else delete ticks[id];
  await tx.store.put({ day, ticks });
  await tx.done;
  return ticks;
}
