/**
 * A chart as a file of its own, for the manager's own reports: an SVG that looks the same outside
 * the extension (the theme's colours and fonts written into it, since its CSS stays behind), or a
 * PNG drawn from that SVG on a canvas. Nothing leaves the extension: the browser saves the file.
 */
import { downloadBlob } from '../download';

/** What the page's CSS decides and a standalone file must carry itself. */
const painted = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The chart's markup with its computed look inlined and its size and background set. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    const target = copies[index];
    for (const property of painted) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
  });
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 320 160').split(/\s+/).map(Number);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  // The page's background, behind the drawing, so dark-mode text stays readable in any viewer.
  const background = getComputedStyle(svg.closest('body') ?? svg).backgroundColor;
  const rect = copy.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background && background !== 'rgba(0, 0, 0, 0)' ? background : '#ffffff');
  copy.insertBefore(rect, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function downloadChartSvg(svg: SVGSVGElement, filename: string): void {
  downloadBlob(filename, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
}

/** The chart drawn at `scale` times its size (sharp on high-density screens and in documents). */
export async function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = standaloneSvg(svg);
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 320 160').split(/\s+/).map(Number);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export async function downloadChartPng(svg: SVGSVGElement, filename: string): Promise<void> {
  downloadBlob(filename, await chartPng(svg));
}
