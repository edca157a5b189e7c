import type { Network } from './networks';

export const attachmentKinds = ['image', 'video', 'audio', 'poll'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

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
