/** The layout shared by the row charts (mix, answer times): a label line, then a bar under it. */
export const ROW_WIDTH = 320;
export const ROW_HEIGHT = 30;
export const ROW_TOP = 4;
export const BAR_OFFSET = 17;
export const BAR_HEIGHT = 8;

export const rowsHeight = (rows: number) => ROW_TOP * 2 + Math.max(1, rows) * ROW_HEIGHT;
export const rowTop = (index: number) => ROW_TOP + index * ROW_HEIGHT;
