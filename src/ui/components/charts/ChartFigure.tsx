import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../../shared/i18n';
import './charts.css';
import { downloadChartPng, downloadChartSvg } from './export';

export type ChartId = 'posts' | 'mix' | 'answer-time';

export interface LegendEntry {
  label: string;
  /** A series' colour class (`chart__series-N`), or a rule (the cadence, target or deadline line). */
  swatch: string | 'rule';
}

interface Props {
  id: ChartId;
  title: string;
  /** The figures in words, for screen readers: the picture's accessible name. */
  description: string;
  width: number;
  height: number;
  legend?: LegendEntry[];
  /** Offer SVG and PNG downloads, named after this (no extension). */
  fileName?: string;
  children: ComponentChildren;
}

/**
 * A chart as docs/ARCHITECTURE.md has it: an `<svg role="img">` whose `aria-label` states the figures, inside
 * an element with `data-chart`. The SVG scales to its container's width; its drawing is presentational.
 */
export function ChartFigure({ id, title, description, width, height, legend, fileName, children }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  return (
    <figure class="chart" data-chart={id}>
      <figcaption class="chart__title">{title}</figcaption>
      <svg
        ref={svg}
        class="chart__svg"
        role="img"
        aria-label={description}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        xmlns="http://www.w3.org/2000/svg"
      >
        {children}
      </svg>
      {legend && legend.length > 0 && (
        <ul class="chart__legend">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span
                class={
                  entry.swatch === 'rule'
                    ? 'chart__swatch chart__swatch--rule'
                    : `chart__swatch ${entry.swatch}`
                }
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {fileName && (
        <div class="chart__export">
          <button
            type="button"
            data-action="download-chart-svg"
            aria-label={t('chartDownloadAs', [title, 'SVG'])}
            onClick={() => svg.current && downloadChartSvg(svg.current, `${fileName}.svg`)}
          >
            SVG
          </button>
          <button
            type="button"
            data-action="download-chart-png"
            aria-label={t('chartDownloadAs', [title, 'PNG'])}
            onClick={() => svg.current && void downloadChartPng(svg.current, `${fileName}.png`)}
          >
            PNG
          </button>
        </div>
      )}
    </figure>
  );
}
