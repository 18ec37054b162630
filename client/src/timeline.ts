// Matches per year for the current query as a small bar chart; each bar is a link that toggles that year's filter.
import { h, plural, svg } from './dom';

const CHART_HEIGHT = 120;
const BAR_AREA_TOP = 18;
const LABEL_HEIGHT = 18;
const SLOT_WIDTH = 44;
const BAR_GAP = 8;

export interface TimelineYear {
  year: number;
  count: number;
}

/** Every year from the first to the last with a match, so gaps show as empty slots. */
export function timelineYears(yearCounts: Record<string, number>): TimelineYear[] {
  const years = Object.keys(yearCounts)
    .map(Number)
    .filter((year) => Number.isInteger(year) && year > 0);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, offset) => ({
    year: first + offset,
    count: yearCounts[String(first + offset)] ?? 0,
  }));
}

/** `undated`: matches whose minutes give no date, which no bar can show; the chart says how many it leaves out. */
export function renderTimeline(
  yearCounts: Record<string, number>,
  undated: number,
  selectedYears: number[],
  hrefForYear: (year: number) => string,
): HTMLElement {
  const years = timelineYears(yearCounts);
  const heading = h('h3', { id: 'timeline-heading' }, 'Matches per year');
  const undatedNote = undated > 0 && h('p', { class: 'hint timeline-undated' }, `${plural(undated, 'undated match', 'undated matches')} not shown.`);
  if (years.length === 0) {
    return h('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' }, heading, h('p', { class: 'muted' }, 'No dated matches.'), undatedNote);
  }
  const highest = Math.max(...years.map((entry) => entry.count), 1);
  const barArea = CHART_HEIGHT - BAR_AREA_TOP - LABEL_HEIGHT;
  const width = years.length * SLOT_WIDTH;
  const bars = years.map(({ year, count }, slot) => {
    const selected = selectedYears.includes(year);
    const barHeight = count === 0 ? 0 : Math.max(2, Math.round((count / highest) * barArea));
    const x = slot * SLOT_WIDTH + BAR_GAP / 2;
    const barTop = BAR_AREA_TOP + barArea - barHeight;
    const action = selected ? 'remove the filter' : `show only ${year}`;
    return svg(
      'a',
      {
        id: `timeline-year-${year}`,
        href: hrefForYear(year),
        'data-route': '',
        class: selected ? 'timeline-bar is-selected' : 'timeline-bar',
        'aria-label': `${year}: ${plural(count, 'match', 'matches')}${selected ? ' (selected)' : ''}; ${action}`,
        'data-year': year,
      },
      svg('title', {}, `${year}: ${plural(count, 'match', 'matches')}`),
      // A full-height transparent target keeps short bars easy to click.
      svg('rect', { class: 'timeline-hit', x, y: 0, width: SLOT_WIDTH - BAR_GAP, height: CHART_HEIGHT }),
      svg('rect', { class: 'timeline-fill', x, y: barTop, width: SLOT_WIDTH - BAR_GAP, height: barHeight, rx: 2 }),
      count > 0 && svg('text', { class: 'timeline-count', x: x + (SLOT_WIDTH - BAR_GAP) / 2, y: barTop - 4 }, String(count)),
      svg('text', { class: 'timeline-year', x: x + (SLOT_WIDTH - BAR_GAP) / 2, y: CHART_HEIGHT - 4 }, `’${String(year).slice(2)}`),
    );
  });
  return h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    heading,
    h(
      'div',
      { class: 'timeline-scroll' },
      svg(
        'svg',
        {
          class: 'timeline-chart',
          viewBox: `0 0 ${width} ${CHART_HEIGHT}`,
          width,
          height: CHART_HEIGHT,
          role: 'group',
          'aria-label': `Matches per year, ${years[0].year} to ${years[years.length - 1].year}`,
        },
        ...bars,
      ),
    ),
    undatedNote,
    h('p', { class: 'hint' }, selectedYears.length ? 'Select a highlighted bar again to remove its filter.' : 'Select a bar to filter by that year.'),
  );
}
