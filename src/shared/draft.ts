import type { Network } from './networks';

export type AttachmentKind = 'image' | 'video' | 'audio' | 'poll';

/** What the user is writing, as the network's editor holds it. Built by an adapter, judged by rules. */
export interface Draft {
  text: string;
  network: Network;
  /** `post` is a new post; `reply` answers a post or a comment (a comment box counts as a reply). */
  kind: 'post' | 'reply';
  /** The text being answered, when the page shows it. */
  replyTo?: string;
  attachments: AttachmentKind[];
}
