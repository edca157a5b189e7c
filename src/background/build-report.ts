import { zoneOf } from '../calendar/day';
import { postingReport } from '../calendar/posting-report';
import { periodOf } from '../calendar/report-period';
import { answerReport } from '../comments/answer-report';
import type { CommentRecord } from '../shared/comment';
import type { PostRecord } from '../shared/post';
import type { Report, ReportPeriod } from '../shared/report';
import { type BrandSettings, settingsFor } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';

export interface ReportRequest {
  /** Absent: all brands. */
  brandId?: string;
  period: ReportPeriod;
  day: string;
  now: number;
}

/**
 * The report, from the settings, the log and the comments (pure: the handler reads them). Days are
 * the brand's, in its zone; the all-brands report uses the active brand's zone.
 *
 * Posts carry their brand. Comments may not: tracking files them under the active brand's plan (its
 * deadline and business hours), so a comment with no brand of its own is the active brand's. With a
 * single brand everything logged is its own, whatever id an older version stored.
 */
export function buildReport(
  settings: Settings,
  posts: readonly PostRecord[],
  comments: readonly CommentRecord[],
  request: ReportRequest,
): Report {
  const known = settings.brands.find((brand) => brand.id === request.brandId);
  const chosen = known
    ? [settingsFor(settings, known.id)]
    : settings.brands.map((b) => settingsFor(settings, b.id));
  const several = settings.brands.length > 1;
  const active = settingsFor(settings);
  const brandOfId = (id: string | undefined): BrandSettings =>
    chosen.find((brand) => brand.id === id) ?? (several ? settingsFor(settings, id) : chosen[0]);
  const commentBrand = (comment: CommentRecord) =>
    (comment as CommentRecord & { brandId?: string }).brandId ?? active.id;
  const ours = (brandId: string | undefined) => !known || !several || brandId === known.id;

  const zone = zoneOf(known ? chosen[0] : active);
  const period = periodOf(request.period, request.day, zone);
  const posting = postingReport(
    posts.filter((post) => ours(post.brandId)),
    chosen,
    period,
    zone,
  );
  const theirs = comments.filter((comment) => ours(commentBrand(comment)));
  const answers = answerReport(
    theirs,
    (comment) => brandOfId(several ? commentBrand(comment) : undefined),
    period.start,
    period.end,
    request.now,
  );
  const { backlog, ...groups } = answers;
  return {
    brandId: known?.id ?? null,
    period: request.period,
    from: period.from,
    to: period.to,
    zone,
    ...posting,
    answers: {
      deadlineMinutes: (known ? chosen[0] : active).answerDeadlineHours * 60,
      ...groups,
      personByPolicy: true,
    },
    backlog,
  };
}
