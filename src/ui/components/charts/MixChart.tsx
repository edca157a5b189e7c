import { scaleLinear } from 'd3-scale';
import { t } from '../../../shared/i18n';
import { ChartFigure } from './ChartFigure';
import type { MixItem } from './data';
import { describeMix, formatPercent } from './describe';
import { BAR_HEIGHT, BAR_OFFSET, ROW_WIDTH, rowsHeight, rowTop } from './rows';

interface Props {
  title: string;
  items: MixItem[];
  fileName?: string;
}

/** The content mix achieved against the targets, one row per format or category (`data-chart="mix"`). */
export function MixChart({ title, items, fileName }: Props) {
  // Shares of a whole: the full width is 100%, so a bar's length reads as its share.
  const x = scaleLinear().domain([0, 100]).range([0, ROW_WIDTH]).clamp(true);
  const hasTargets = items.some((item) => item.target !== undefined);
  return (
    <ChartFigure
      id="mix"
      title={title}
      description={describeMix(title, items)}
      width={ROW_WIDTH}
      height={rowsHeight(items.length)}
      legend={hasTargets ? [{ label: t('chartLegendTarget'), swatch: 'rule' }] : undefined}
      fileName={fileName}
    >
      {items.map((item, index) => {
        const top = rowTop(index);
        return (
          <g key={item.label} data-item={item.label} data-value={item.value} data-target={item.target}>
            <text class="chart__label-text" x={0} y={top + 11}>
              {item.label}
            </text>
            <text class="chart__value-text" x={ROW_WIDTH} y={top + 11} text-anchor="end">
              {item.target === undefined
                ? formatPercent(item.value)
                : `${formatPercent(item.value)} / ${formatPercent(item.target)}`}
            </text>
            <rect
              class="chart__track"
              x={0}
              y={top + BAR_OFFSET}
              width={ROW_WIDTH}
              height={BAR_HEIGHT}
              rx={2}
            />
            <rect
              class="chart__bar"
              x={0}
              y={top + BAR_OFFSET}
              width={x(item.value)}
              height={BAR_HEIGHT}
              rx={2}
              data-role="achieved"
            />
            {item.target !== undefined && (
              <line
                class="chart__rule"
                data-role="target"
                x1={x(item.target)}
                x2={x(item.target)}
                y1={top + BAR_OFFSET - 3}
                y2={top + BAR_OFFSET + BAR_HEIGHT + 3}
              />
            )}
          </g>
        );
      })}
    </ChartFigure>
  );
}
