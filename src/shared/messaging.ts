import { envelopeOf } from './envelopes';
import { extensionApi } from './extension-api';
import type { RequestPayload, RequestType, ResponseData } from './protocol';

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
  const raw: unknown = await extensionApi().runtime.sendMessage({ type, payload });
  const response = envelopeOf(raw);
  if (!response) throw new MessageError(`Malformed response to ${type}`, 'invalid-response');
  if (!response.ok) throw new MessageError(response.error.message, response.error.code);
  return response.data as ResponseData[K];
}
