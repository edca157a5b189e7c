import * as v from 'valibot';
import {
  isRequestType,
  pageRequestTypes,
  RequestEnvelope,
  type RequestType,
  type Response,
  type ResponseData,
  requestSchemas,
} from '../shared/protocol';
import { problemsOf } from '../shared/validation';
import type { Handlers, Sender } from './handlers/context';

export type { Sender } from './handlers/context';

/** A handler refusing a content script's request about another page than its own. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** The origin of a content script's page; requests about other origins are refused. */
export function assertOwnPage(sender: Sender, url: string): void {
  if (sender.fromExtension) return;
  if (!sender.url || originOf(sender.url) === null || originOf(sender.url) !== originOf(url)) {
    throw new ForbiddenError('a page may only ask about itself');
  }
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Checks a message against the protocol and runs its handler. Never throws: an unknown type, a
 * malformed payload or a failing handler each answer with an error and change nothing.
 */
export async function dispatch(
  raw: unknown,
  sender: Sender,
  handlers: Handlers,
): Promise<Response<RequestType>> {
  const envelope = v.safeParse(RequestEnvelope, raw);
  if (!envelope.success) {
    return {
      ok: false,
      error: { code: 'invalid-message', message: 'Not a request', problems: problemsOf(envelope.issues) },
    };
  }
  const { type, payload } = envelope.output;
  if (!isRequestType(type)) {
    return { ok: false, error: { code: 'unknown-type', message: `Unknown request type: ${type}` } };
  }
  if (!sender.fromExtension && !pageRequestTypes.has(type)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `${type} is only for the extension's own pages` },
    };
  }
  const checked = v.safeParse(requestSchemas[type], payload);
  if (!checked.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-message',
        message: `Malformed ${type} request`,
        problems: problemsOf(checked.issues),
      },
    };
  }
  try {
    const handler = handlers[type] as (payload: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, data: (await handler(checked.output, sender)) as ResponseData[RequestType] };
  } catch (error) {
    if (error instanceof ForbiddenError)
      return { ok: false, error: { code: 'forbidden', message: error.message } };
    return {
      ok: false,
      error: { code: 'handler-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
