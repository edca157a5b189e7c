import * as v from 'valibot';
import { categories, formats } from './content-types';
import { networks } from './networks';
import type { PostRecord } from './post';
import type { Settings } from './settings-schema';
import type { Problem } from './validation';

/**
 * The one message protocol between the extension's parts. Every request is checked against its
 * schema where it is received (the background); an unknown or malformed one gets an error
 * response and changes nothing.
 */

const Network = v.picklist(networks);
const Epoch = v.pipe(v.number(), v.finite());
const Empty = v.strictObject({});

export const PostSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  network: Network,
  brandId: v.string(),
  publishedAt: Epoch,
  format: v.picklist(formats),
  category: v.optional(v.picklist(categories)),
  hashtags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(140))), v.maxLength(100)),
  links: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2000))), v.maxLength(100)),
  excerpt: v.pipe(v.string(), v.maxLength(280)),
  source: v.picklist(['page', 'manual']),
});

/** UI preferences the parts may read and write; anything else is refused. */
export const prefKeys = ['panelCollapsed'] as const;
export type PrefKey = (typeof prefKeys)[number];

const DraftKey = v.pipe(v.string(), v.minLength(1), v.maxLength(2100));

export const requestSchemas = {
  ping: Empty,
  'settings.get': Empty,
  /** The settings are checked against the settings schema by the handler, to report each problem. */
  'settings.save': v.strictObject({ settings: v.unknown() }),
  'prefs.get': v.strictObject({ key: v.picklist(prefKeys) }),
  'prefs.set': v.strictObject({
    key: v.picklist(prefKeys),
    value: v.union([v.boolean(), v.string(), v.number()]),
  }),
  'posts.log': v.strictObject({ post: PostSchema }),
  'posts.since': v.strictObject({ since: Epoch, network: v.optional(Network) }),
  'drafts.save': v.strictObject({
    key: DraftKey,
    network: Network,
    kind: v.picklist(['post', 'reply']),
    pageUrl: v.pipe(v.string(), v.maxLength(2000)),
    text: v.pipe(v.string(), v.maxLength(100_000)),
  }),
  'drafts.get': v.strictObject({ key: DraftKey }),
  'drafts.clear': v.strictObject({ key: DraftKey }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<K extends RequestType> = v.InferOutput<(typeof requestSchemas)[K]>;

/** What each request answers with. */
export interface ResponseData {
  ping: { pong: true; version: string };
  'settings.get': Settings;
  'settings.save': { saved: true; settings: Settings } | { saved: false; problems: Problem[] };
  'prefs.get': { value: unknown };
  'prefs.set': { saved: true };
  'posts.log': { added: boolean };
  'posts.since': PostRecord[];
  'drafts.save': { saved: true };
  'drafts.get': { text: string; savedAt: number } | null;
  'drafts.clear': { cleared: true };
}

export type ErrorCode = 'unknown-type' | 'invalid-message' | 'handler-failed';

export type Response<K extends RequestType> =
  | { ok: true; data: ResponseData[K] }
  | { ok: false; error: { code: ErrorCode; message: string; problems?: Problem[] } };

export interface Request<K extends RequestType = RequestType> {
  type: K;
  payload: RequestPayload<K>;
}

/** The envelope every request travels in, before its payload is checked. */
export const RequestEnvelope = v.strictObject({
  type: v.string(),
  payload: v.optional(v.unknown(), {}),
});

export const ResponseEnvelope = v.union([
  v.strictObject({ ok: v.literal(true), data: v.unknown() }),
  v.strictObject({
    ok: v.literal(false),
    error: v.object({ code: v.string(), message: v.string(), problems: v.optional(v.array(v.unknown())) }),
  }),
]);

/** Messages the background (or the popup) sends to a tab's content script. */
export const TabMessage = v.variant('type', [v.strictObject({ type: v.literal('panel.toggle') })]);
export type TabMessage = v.InferOutput<typeof TabMessage>;

export function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(requestSchemas, type);
}
