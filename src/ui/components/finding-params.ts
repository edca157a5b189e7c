import type { FindingParam } from '../../shared/finding';
import { uiLanguage } from '../../shared/i18n';
import { formatClock, formatDuration, formatLongDate, formatTime } from './format';
import { contentCategoryLabel, formatLabel } from './labels';

/**
 * A finding's parameter in the UI language: a content type by its label, a moment in the brand's
 * zone and a length of time through Intl, a number with the language's grouping (63 206 in French).
 */
export function paramText(param: FindingParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return new Intl.NumberFormat(uiLanguage()).format(param);
  switch (param.kind) {
    case 'category':
      return contentCategoryLabel(param.category);
    case 'format':
      return formatLabel(param.format);
    case 'date':
      return formatLongDate(param.at, param.zone);
    case 'time':
      return formatTime(param.at, param.zone);
    case 'clock':
      return formatClock(param.clock);
    case 'minutes':
      return formatDuration(param.minutes);
  }
}

export function paramTexts(params: readonly FindingParam[] = []): string[] {
  return params.map(paramText);
}
