/**
 * Where workflow rules read the time: deadlines, missed check-ins, escalations. Production uses
 * the system clock; tests swap in a ManualClock through the config, so "three working days
 * later" is a call, not a wait. Rows' own created_at/updated_at stay the database's now().
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test sets and advances by hand. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = new Date()) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(moment: Date | string): void {
    this.current = new Date(moment).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
