import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/messaging';
import type { RequestPayload, RequestType, ResponseData } from '../../shared/protocol';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; message: string };

/** Loads one request's answer from the background; `reload` asks again. */
export function useRequest<K extends RequestType>(type: K, payload: RequestPayload<K>) {
  const [loaded, setLoaded] = useState<Loaded<ResponseData[K]>>({ state: 'loading' });
  const key = JSON.stringify(payload);
  const reload = useCallback(() => {
    send(type, payload).then(
      (data) => setLoaded({ state: 'ready', data }),
      (error: unknown) =>
        setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [type, key]);
  useEffect(reload, [reload]);
  return [loaded, reload] as const;
}
