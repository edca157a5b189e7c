import * as v from 'valibot';
import {
  isRequestType,
  RequestEnvelope,
  type RequestPayload,
  type RequestType,
  type Response,
  type ResponseData,
  requestSchemas,
} from '../shared/protocol';
import { problemsOf } from '../shared/validation';

export interface Sender {
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [K in RequestType]: (payload: RequestPayload<K>, sender: Sender) => Promise<ResponseData[K]>;
};

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
    return {
      ok: false,
      error: { code: 'handler-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
