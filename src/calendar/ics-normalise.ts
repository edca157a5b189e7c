import ICAL from 'ical.js';

/**
 * A VEVENT made ready for ical.js 2.2 to expand as RFC 5545 means it, where its expansion reads
 * the file otherwise:
 * - RDATE;VALUE=PERIOD (3.8.5.2) is an extra occurrence with its own start and end
 *   ("20231125T090000Z/20231125T123000Z", or a start and a duration). ical.js hands it back as a
 *   period, which its occurrence details can't read: the periods become their starts, and their
 *   ends are kept for the occurrences.
 * - DTSTART is the first occurrence of every series; ical.js leaves it out of a series with RDATEs
 *   and no RRULE, so it is added to the RDATEs there.
 * - With several RRULEs, ical.js stops at the end of the first rule to finish and loses the rest
 *   of the others: each RRULE is expanded on its own copy of the event.
 */

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Period = InstanceType<typeof ICAL.Period>;

export interface Expandable {
  /** The event, or one copy of it per RRULE, the first holding the RDATEs. */
  parts: Component[];
  /** Each RDATE period's end, keyed by its start. */
  periodEnds: Map<string, Time>;
}

export function expandable(vevent: Component): Expandable {
  const parts = onePerRule(vevent);
  const periodEnds = periodsAsStarts(parts[0]);
  if (parts[0].hasProperty('rdate') && !parts[0].hasProperty('rrule')) {
    const start = parts[0].getFirstPropertyValue('dtstart') as Time | null;
    if (start) parts[0].addPropertyWithValue('rdate', start.clone());
  }
  return { parts, periodEnds };
}

function onePerRule(vevent: Component): Component[] {
  const ruleCount = vevent.getAllProperties('rrule').length;
  if (ruleCount <= 1) return [vevent];
  return Array.from({ length: ruleCount }, (_, kept) => {
    // The parent stays the calendar, where the copy finds the file's VTIMEZONEs.
    const part = new ICAL.Component(structuredClone(vevent.toJSON()), vevent.parent ?? undefined);
    part.getAllProperties('rrule').forEach((rule, index) => {
      if (index !== kept) part.removeProperty(rule);
    });
    if (kept > 0) part.removeAllProperties('rdate');
    return part;
  });
}

function periodsAsStarts(vevent: Component): Map<string, Time> {
  const ends = new Map<string, Time>();
  for (const property of vevent.getAllProperties('rdate')) {
    if (property.type !== 'period') continue;
    const periods = property.getValues() as Period[];
    // setValues takes the type of the values given: the property becomes DATE-TIME.
    property.setValues(periods.map((period) => period.start));
    for (const period of periods) ends.set(period.start.toString(), period.getEnd());
  }
  return ends;
}
