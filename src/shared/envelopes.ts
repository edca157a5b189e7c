/**
 * The two shapes a content script reads from the extension: the background's answer to a request,
 * and the messages the background sends to tabs. Checked by hand rather than with valibot: the
 * content script ships to every page within a 30 KB budget, and importing a schema from
 * protocol.ts brings all of that module's schemas along (their construction is a side effect a
 * bundler keeps).
 */

export type ResponseEnvelope =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; message: string; problems?: unknown[] } };

export const tabMessageTypes = ['panel.toggle', 'ping', 'settings.changed'] as const;

/**
 * Messages the background (or the popup) sends to a tab's content script: `panel.toggle`;
 * `ping` (is a live content script here? it answers true, a dead one can't); `settings.changed`
 * (the page asks again for its context and advice).
 */
export interface TabMessage {
  type: (typeof tabMessageTypes)[number];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope in `raw`, or null when it is not one. */
export function envelopeOf(raw: unknown): ResponseEnvelope | null {
  if (!isRecord(raw)) return null;
  // `data` may be absent: an answer of `undefined` loses its key when serialized.
  if (raw.ok === true) return { ok: true, data: raw.data };
  if (raw.ok !== false || !isRecord(raw.error)) return null;
  const { code, message, problems } = raw.error;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  if (problems !== undefined && !Array.isArray(problems)) return null;
  return { ok: false, error: { code, message, ...(problems ? { problems } : {}) } };
}

/** The tab message in `raw` (exactly `{ type }` of a known type), or null. */
export function tabMessageOf(raw: unknown): TabMessage | null {
  if (!isRecord(raw) || Object.keys(raw).length !== 1) return null;
  const type = tabMessageTypes.find((known) => known === raw.type);
  return type ? { type } : null;
}
