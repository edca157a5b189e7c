import type ICAL from 'ical.js';

/**
 * The work an import may do, counted in steps rather than milliseconds so a slow machine cuts at
 * the same place as a fast one and tests can assert the figure. ical.js walks a repeat rule from
 * its start, one candidate date at a time, and a rule that matches rarely or never
 * (FREQ=SECONDLY;BYMONTH=12, FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) loops inside a single `next()`
 * for seconds or for ever; so the meter sits on each candidate, not on each occurrence.
 */

type Component = InstanceType<typeof ICAL.Component>;
type Recur = InstanceType<typeof ICAL.Recur>;
type RecurIterator = InstanceType<typeof ICAL.RecurIterator>;

/** Thrown when an event has used its share of the steps, or the import has used them all. */
export class StepsSpent extends Error {
  constructor(readonly scope: 'event' | 'import') {
    super(scope === 'event' ? 'too many steps for one event' : 'import step budget spent');
    this.name = 'StepsSpent';
  }
}

export class StepBudget {
  private spent = 0;
  private spentByEvent = 0;

  constructor(
    readonly total: number,
    readonly perEvent: number,
  ) {}

  /** Steps used so far by the whole import. */
  get used(): number {
    return this.spent;
  }

  /** Starts counting a new event's share. */
  startEvent(): void {
    this.spentByEvent = 0;
  }

  spend(steps = 1): void {
    if (this.spent + steps > this.total) {
      this.spent = this.total;
      throw new StepsSpent('import');
    }
    if (this.spentByEvent + steps > this.perEvent) throw new StepsSpent('event');
    this.spent += steps;
    this.spentByEvent += steps;
  }
}

/**
 * Makes every candidate date that ical.js tests for the RRULEs of `vevent` spend a step. ical.js
 * keeps each RRULE's value object and asks it for an iterator when the event's expansion starts,
 * so wrapping `iterator` on that object meters exactly this event's rules and nothing else.
 */
export function meterRules(vevent: Component, budget: StepBudget): void {
  for (const property of vevent.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as Recur;
    const iteratorOf = rule.iterator.bind(rule);
    rule.iterator = (start) => metered(iteratorOf(start), budget);
  }
}

function metered(iterator: RecurIterator, budget: StepBudget): RecurIterator {
  // Every pass of ical.js's search loop, whatever the frequency, asks this question once.
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    budget.spend();
    return check();
  };
  return iterator;
}
