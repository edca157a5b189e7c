import { scaleLinear } from 'd3-scale';
import { t } from '../../../shared/i18n';
import { formatDuration } from '../format';
import { ChartFigure } from './ChartFigure';
import type { AnswerTimeItem } from './data';
import { describeAnswerTimes, formatPercent } from './describe';
import { BAR_HEIGHT, BAR_OFFSET, ROW_TOP, ROW_WIDTH, rowsHeight, rowTop } from './rows';

interface Props {
  title: string;
  /** One row per network, category or person of the policy. */
  items: AnswerTimeItem[];
  deadlineMinutes: number;
  fileName?: string;
}

/** Median answer time per row against the deadline line (`data-chart="answer-time"`). */
export function AnswerTimeChart({ title, items, deadlineMinutes, fileName }: Props) {
  const highest = Math.max(deadlineMinutes * 1.25, ...items.map((item) => item.medianMinutes ?? 0));
  const x = scaleLinear().domain([0, highest]).range([0, ROW_WIDTH]);
  const height = rowsHeight(items.length);
  return (
    <ChartFigure
      id="answer-time"
      title={title}
      description={describeAnswerTimes(title, items, deadlineMinutes)}
      width={ROW_WIDTH}
      height={height}
      legend={[{ label: t('chartLegendDeadline'), swatch: 'rule' }]}
      fileName={fileName}
    >
      {items.map((item, index) => {
        const top = rowTop(index);
        const median = item.medianMinutes;
        const value =
          median === null
            ? t('chartNoAnswers')
            : item.withinDeadline === undefined
              ? formatDuration(median)
              : `${formatDuration(median)} · ${formatPercent(item.withinDeadline * 100)}`;
        return (
          <g key={item.label} data-item={item.label} data-median={median ?? undefined}>
            <text class="chart__label-text" x={0} y={top + 11}>
              {item.label}
            </text>
            <text class="chart__value-text" x={ROW_WIDTH} y={top + 11} text-anchor="end">
              {value}
            </text>
            <rect
              class="chart__track"
              x={0}
              y={top + BAR_OFFSET}
              width={ROW_WIDTH}
              height={BAR_HEIGHT}
              rx={2}
            />
            {median !== null && (
              <rect
                class={median > deadlineMinutes ? 'chart__bar chart__bar--over' : 'chart__bar'}
                x={0}
                y={top + BAR_OFFSET}
                width={x(median)}
                height={BAR_HEIGHT}
                rx={2}
                data-role="median"
              />
            )}
          </g>
        );
      })}
      <line
        class="chart__rule chart__rule--dashed"
        data-role="deadline"
        x1={x(deadlineMinutes)}
        x2={x(deadlineMinutes)}
        y1={ROW_TOP + BAR_OFFSET - 4}
        y2={height - ROW_TOP}
      />
    </ChartFigure>
  );
}
