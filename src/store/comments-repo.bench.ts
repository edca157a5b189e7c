import 'fake-indexeddb/auto';
import { measure } from '../../e2e/tools/measure';
import type { CommentRecord, CommentStatus } from '../shared/comment';
import { networks } from '../shared/networks';
import { awaitingSummary } from './comments-repo';
import { database } from './db';

const HOUR = 3_600_000;
const COMMENTS = 100_000;
const now = Date.parse('2025-06-02T12:00Z');

/** A brand's year: nearly all comments closed, a few thousand awaiting, a third of those overdue. */
function comment(index: number): CommentRecord {
  const awaiting = index % 30 === 0;
  const status: CommentStatus = awaiting ? 'awaiting' : index % 7 === 0 ? 'no-reply-needed' : 'answered';
  const writtenAt = now - (index % 8760) * HOUR;
  const dueAt = awaiting ? now + ((index % 90) - 30) * HOUR : writtenAt + 6 * HOUR;
  const network = networks[index % networks.length];
  return {
    id: `${network}:${index}`,
    network,
    author: `@user${index % 5000}`,
    excerpt: 'When does the shop open on Sunday?',
    writtenAt,
    firstSeenAt: writtenAt,
    pageUrl: `https://example.com/post/${index % 2000}`,
    status,
    statusChangedAt: awaiting ? writtenAt : writtenAt + 2 * HOUR,
    category: 'question',
    dueAt,
  };
}

export async function run(): Promise<void> {
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  for (let index = 0; index < COMMENTS; index++) void tx.store.put(comment(index));
  await tx.done;
  const summary = await awaitingSummary(now);
  console.log(`# ${COMMENTS} comments: ${summary.awaiting} awaiting, ${summary.overdue} overdue`);
  await measure('comments awaiting count + next due (100k, fake-indexeddb)', () => awaitingSummary(now), {
    budget: 20,
  });
}
