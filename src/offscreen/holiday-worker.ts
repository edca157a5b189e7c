import { computeHolidayYear } from '../calendar/holiday-compute';

/** Computes the years the offscreen document asks for, off its thread. */
self.onmessage = (event: MessageEvent<{ country: string; region?: string; year: number }[]>) => {
  self.postMessage(event.data.map(({ country, region, year }) => computeHolidayYear(country, region, year)));
};
