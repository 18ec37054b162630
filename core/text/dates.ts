// ISO dates as numbers (2023-05-17 → 20230517), so date filters compare integers in typed columns and indexes.

/** The date part of an ISO date or timestamp as a number in YYYYMMDD form; NaN when it is not a date. */
export function isoDateNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 10).replaceAll('-', ''));
}
