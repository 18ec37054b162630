// Dates a web page shows only in markup: a <time> element's datetime.
import type { CheerioAPI } from 'cheerio';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * `<time datetime="2025-06-12T18:30"><span>Jun</span><span>12</span></time>`: a site's date badge shows the day and
 * month (run together once its styling is gone) and only its `datetime` holds the year. Such a time's text becomes the
 * date it stands for ("12 June 2025"); one whose text has a year is left as it is.
 */
export function spellOutYearlessTimes($: CheerioAPI): void {
  $('time[datetime]').each((_, element) => {
    const time = $(element);
    const date = ISO_DATE.exec(time.attr('datetime') ?? '');
    const month = date ? MONTHS[Number(date[2]) - 1] : undefined;
    if (!date || month === undefined || /\b\d{4}\b/.test(time.text())) return;
    time.text(`${Number(date[3])} ${month} ${date[1]}`);
  });
}
