import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type RequestPayload, type RequestType, type ResponseData, ResponseEnvelope } from './protocol';

/** An error response from the background, or a broken channel. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a request to the background and returns its data, or throws a MessageError. */
export async function send<K extends RequestType>(
  type: K,
  payload: RequestPayload<K>,
): Promise<ResponseData[K]> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const parsed = v.safeParse(ResponseEnvelope, raw);
  if (!parsed.success) throw new MessageError(`Malformed response to ${type}`, 'invalid-response');
  const response = parsed.output;
  if (!response.ok) throw new MessageError(response.error.message, response.error.code);
  return response.data as ResponseData[K];
}
