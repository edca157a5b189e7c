import { periodOf } from '../../calendar/report-period';
import { DAY } from '../../shared/time';
import { postsSince } from '../../store/posts-repo';
import { commentsWrittenSince } from '../../store/report-repo';
import { readSettings } from '../../store/settings-repo';
import { buildReport } from '../build-report';
import type { DomainHandlers } from './context';

/** A week's or month's report for the options page and the popup. */
export function reportHandlers(): DomainHandlers<'report.get'> {
  return {
    'report.get': async (request) => {
      const settings = await readSettings();
      // The period's days begin in the report's zone, at most a day from UTC's: read a day more.
      const since = periodOf(request.period, request.day, 'UTC').start - DAY;
      const [posts, comments] = await Promise.all([postsSince(since), commentsWrittenSince(since)]);
      return buildReport(settings, posts, comments, request);
    },
  };
}
