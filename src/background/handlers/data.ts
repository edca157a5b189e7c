import { allRecords, clearRecords } from '../../store/data-repo';
import { dataExport } from '../data-export';
import type { DomainHandlers, HandlerContext } from './context';

/** The user's data as files (JSON, CSV) and its deletion, from the options page. */
export function dataHandlers(context: HandlerContext): DomainHandlers<'data.export' | 'data.clear'> {
  return {
    'data.export': async ({ kind, format }) =>
      dataExport(kind, format, await allRecords(kind), context.now()),
    'data.clear': async ({ kind }) => {
      const removed = await clearRecords(kind);
      if (kind === 'comments') context.commentsChanged();
      return { removed };
    },
  };
}
