// Which way round a document writes its dates in figures: British minutes put the day first ("08/12/2025" is 8
// December), American ones the month ("08/12/2025" is August 12). The figures alone cannot tell; the dates the same
// document writes in words can.
import { DAY_MONTH_YEAR, MONTH_DAY_YEAR } from './meeting-fields';

export type DateOrder = 'day-first' | 'month-first';

/** "7/21/02", "12/31/2024": a date in figures whose second number can be no month, so written month first. */
const MONTH_FIRST_FIGURES = /\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/(?:\d{4}|\d{2})\b/;
/** "21/7/02", "31/12/2024": a date in figures whose first number can be no month, so written day first. */
const DAY_FIRST_FIGURES = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:\d{4}|\d{2})\b/;

/**
 * The order of `lines`: month first when they write a date in words month first ("the July 8, 2025 meeting") or one
 * in figures that can only be month first ("Minutes from 7/21/02"), and none day first ("8 July 2025", "21/7/02"); day
 * first otherwise. Asked only when a date is in figures (most headers name the month), and read once: each pattern is
 * tried once over the whole text.
 */
export function numericDateOrder(lines: readonly string[]): () => DateOrder {
  let order: DateOrder | undefined;
  return () => {
    if (order === undefined) {
      const text = lines.join('\n');
      const monthFirst = MONTH_DAY_YEAR.test(text) || MONTH_FIRST_FIGURES.test(text);
      order = monthFirst && !DAY_MONTH_YEAR.test(text) && !DAY_FIRST_FIGURES.test(text) ? 'month-first' : 'day-first';
    }
    return order;
  };
}
