/**
 * Keeps the panel beside the active composer without covering it or its post button: to the right
 * of the composer's container, else to its left, else (narrow windows, wide dialogs) tucked into the
 * bottom-right corner. Follows scrolling, resizing and modals; one layout read per frame.
 */
const PANEL_WIDTH = 320;
/** The panel may slim down to this to stay beside the composer rather than in the corner. */
const SLIM_WIDTH = 264;
const GAP = 12;
const MARGIN = 8;
const NARROW = PANEL_WIDTH + 2 * MARGIN + 200;
const MIN_HEIGHT = 360;

export type DockSide = 'right' | 'left' | 'corner';

export interface DockPosition {
  side: DockSide;
  top: number;
  left: number;
  width: number;
}

/**
 * Where the panel goes for a composer container at `rect` in a `width` × `height` window: to its
 * right, else its left, at full width if it fits, slimmer if only that fits, else the corner.
 */
export function dockPosition(rect: DOMRectReadOnly, width: number, height: number): DockPosition {
  if (width < NARROW) return corner(width, height);
  // Beside the composer's top, unless that leaves the panel too little room below.
  const top = Math.max(MARGIN, Math.min(rect.top, height - MIN_HEIGHT - MARGIN));
  const roomRight = width - MARGIN - GAP - rect.right;
  const roomLeft = rect.left - GAP - MARGIN;
  // The right is preferred: the networks keep their navigation on the left of the column.
  const right = roomRight >= SLIM_WIDTH || roomRight >= roomLeft;
  const room = right ? roomRight : roomLeft;
  if (room < SLIM_WIDTH) return corner(width, height);
  const panelWidth = Math.min(PANEL_WIDTH, room);
  return right
    ? { side: 'right', top, left: rect.right + GAP, width: panelWidth }
    : { side: 'left', top, left: rect.left - GAP - panelWidth, width: panelWidth };
}

function corner(width: number, height: number): DockPosition {
  return {
    side: 'corner',
    top: Math.max(MARGIN, height - 48),
    left: Math.max(MARGIN, width - PANEL_WIDTH - MARGIN),
    width: Math.min(PANEL_WIDTH, width - 2 * MARGIN),
  };
}

/** Only a narrow window folds the panel away; a wide composer just pushes it into the corner. */
export function isNarrow(width: number): boolean {
  return width < NARROW;
}

export function dockBeside(
  host: HTMLElement,
  container: HTMLElement,
  editor: HTMLElement,
  signal: AbortSignal,
  onSide: (side: DockSide) => void = () => {},
): void {
  let side: DockSide | undefined;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!container.isConnected) return;
    // A dialog's backdrop can span the window: then the editor itself is what must stay visible.
    const box = container.getBoundingClientRect();
    const rect =
      box.width > window.innerWidth - 2 * (PANEL_WIDTH + GAP) ? editor.getBoundingClientRect() : box;
    const position = dockPosition(rect, window.innerWidth, window.innerHeight);
    const corner = position.side === 'corner';
    // In the corner the panel hangs from the bottom so that, collapsed, it is just a small tab.
    host.style.setProperty('top', corner ? 'auto' : `${Math.round(position.top)}px`);
    host.style.setProperty('bottom', corner ? `${MARGIN}px` : 'auto');
    host.style.setProperty('left', corner ? 'auto' : `${Math.round(position.left)}px`);
    host.style.setProperty('right', corner ? `${MARGIN}px` : 'auto');
    host.style.setProperty(
      'max-height',
      `${Math.round(corner ? window.innerHeight / 2 : window.innerHeight - position.top - MARGIN)}px`,
    );
    host.style.setProperty('width', `${Math.round(position.width)}px`);
    host.dataset.dock = position.side;
    if (position.side !== side) {
      side = position.side;
      onSide(side);
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  const resize = new ResizeObserver(schedule);
  resize.observe(container);
  signal.addEventListener('abort', () => {
    resize.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  place();
}
