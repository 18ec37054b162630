// Which way round a document writes its dates in figures: British minutes put the day first ("08/12/2025" is 8
// December), American ones the month ("08/12/2025" is August 12). The figures alone cannot tell; the dates the same
// document writes in words can.
import { DAY_MONTH_YEAR, MONTH_DAY_YEAR } from './meeting-fields';

export type DateOrder = 'day-first' | 'month-first';

/**
 * The order of `lines`: month first when they write a date in words month first ("the July 8, 2025 meeting") and none
 * day first ("8 July 2025"); day first otherwise. Asked only when a date is in figures (most headers name the month),
 * and read once: each pattern is tried once over the whole text.
 */
export function numericDateOrder(lines: readonly string[]): () => DateOrder {
  let order: DateOrder | undefined;
  return () => {
    if (order === undefined) {
      const text = lines.join('\n');
      order = MONTH_DAY_YEAR.test(text) && !DAY_MONTH_YEAR.test(text) ? 'month-first' : 'day-first';
    }
    return order;
  };
}
