import { scaleBand, scaleLinear } from 'd3-scale';
import { t } from '../../../shared/i18n';
import { ChartFigure, type LegendEntry } from './ChartFigure';
import { type PostsDay, type Series, totalOf } from './data';
import { describePosts, formatNumber } from './describe';

const WIDTH = 320;
const HEIGHT = 170;
const margin = { top: 8, right: 8, bottom: 22, left: 26 };

interface Props {
  title: string;
  days: PostsDay[];
  /** In a fixed order, so a network keeps its colour from chart to chart. */
  series: Series[];
  /** Posts a day the plan allows, drawn as a dashed line. */
  cadence?: number;
  fileName?: string;
}

/** Posts per day, stacked by network, against the cadence (docs/ARCHITECTURE.md: `data-chart="posts"`). */
export function PostsChart({ title, days, series, cadence, fileName }: Props) {
  const x = scaleBand<number>()
    .domain(days.map((_, index) => index))
    .range([margin.left, WIDTH - margin.right])
    .padding(0.25);
  const highest = Math.max(1, cadence ?? 0, ...days.map(totalOf));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(4)
    .range([HEIGHT - margin.bottom, margin.top]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  const layers = stacked(days, series);
  // A month's days would crowd: label about seven of them.
  const labelEvery = Math.ceil(days.length / 7);
  const shown = series.flatMap((one, index) =>
    days.some((day) => (day.counts[one.id] ?? 0) > 0)
      ? [{ label: one.label, swatch: seriesClass(index) }]
      : [],
  );
  const legend: LegendEntry[] =
    cadence === undefined ? shown : [...shown, { label: t('chartLegendCadence'), swatch: 'rule' }];
  return (
    <ChartFigure
      id="posts"
      title={title}
      description={describePosts(title, days, series, cadence)}
      width={WIDTH}
      height={HEIGHT}
      legend={legend}
      fileName={fileName}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line class="chart__grid" x1={margin.left} x2={WIDTH - margin.right} y1={y(tick)} y2={y(tick)} />
          <text
            class="chart__axis-text"
            x={margin.left - 4}
            y={y(tick)}
            text-anchor="end"
            dominant-baseline="middle"
          >
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {layers.map((layer, index) => (
        <g key={layer.id} class={seriesClass(index)} data-series={layer.id}>
          {layer.spans.map(([from, to], day) =>
            to > from ? (
              <rect
                key={day}
                x={x(day)}
                y={y(to)}
                width={x.bandwidth()}
                height={y(from) - y(to)}
                data-day={day}
                data-count={to - from}
              />
            ) : null,
          )}
        </g>
      ))}
      {days.map((day, index) =>
        index % labelEvery === 0 ? (
          <text
            key={index}
            class="chart__axis-text"
            x={(x(index) ?? 0) + x.bandwidth() / 2}
            y={HEIGHT - 6}
            text-anchor="middle"
          >
            {day.tick ?? day.label}
          </text>
        ) : null,
      )}
      {cadence !== undefined && (
        <line
          class="chart__rule chart__rule--dashed"
          data-role="cadence"
          x1={margin.left}
          x2={WIDTH - margin.right}
          y1={y(cadence)}
          y2={y(cadence)}
        />
      )}
    </ChartFigure>
  );
}

/** Each series' span [from, to] on each day, stacked in the series' order (a running sum). */
function stacked(days: PostsDay[], series: Series[]): { id: string; spans: [number, number][] }[] {
  const heights = days.map(() => 0);
  return series.map((one) => ({
    id: one.id,
    spans: days.map((day, index) => {
      const from = heights[index];
      heights[index] += day.counts[one.id] ?? 0;
      return [from, heights[index]];
    }),
  }));
}

/** Eight colours, one per network in their fixed order. */
export const seriesClass = (index: number) => `chart__series-${(index % 8) + 1}`;
