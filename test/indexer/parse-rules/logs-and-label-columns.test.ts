// Shapes of small groups' notes and of wiki pages: a log of meetings each opened by its date alone, a column of labels
// beside the text, a wiki's source headings; and where those shapes must not be read. Invented text.
import { firstMeeting, itemsOf, parseText } from '../../helpers/parse-text';

const datesOf = (text: string) => parseText(text).meetings.map((meeting) => meeting.date);

describe('a log of meetings each opened by its date alone', () => {
  const entry = (date: string) => `${date}\n\nReviewed the week's readings from the probes.\n\nAgreed to recalibrate the second sensor.\n\n`;

  it('reads each dated entry as a meeting, newest first as well as oldest first', () => {
    expect(datesOf(`# Project log\n\n${entry('02/10/2024')}${entry('16/10/2024')}${entry('30/10/2024')}`)).toEqual(['2024-10-02', '2024-10-16', '2024-10-30']);
    expect(datesOf(`# Project log\n\n${entry('30/10/2024')}${entry('16/10/2024')}${entry('02/10/2024')}`)).toEqual(['2024-10-30', '2024-10-16', '2024-10-02']);
  });

  it('keeps minutes whose header date and next meeting date stand alone as one meeting', () => {
    const text =
      'Harbour Committee\n\nWednesday 12 March 2025\n\n1. Apologies\n\nNone.\n\n2. Mooring fees\n\nThe fees were agreed.\n\n' +
      'Date of next meeting\n\nWednesday 14 May 2025 at 6.00 pm.\n\nAction log\n\nThe Clerk to write to the boat owners.\n';
    expect(datesOf(text)).toEqual(['2025-03-12']);
  });

  it('reads dates out of order as no log', () => {
    expect(datesOf(`# Project log\n\n${entry('02/10/2024')}${entry('30/10/2024')}${entry('16/10/2024')}`)).toHaveLength(1);
  });
});

describe('a column of labels beside the text', () => {
  it('reads each label as an item, whatever word it is, once three stand over lines set in under them', () => {
    const text =
      'Riverside Study Group\n\nMeeting No. 4 - 12/02/2025\n\nAttending: Ana Ruiz, Tom Hale.\n\n' +
      'Minutes:      Meeting No. 3 confirmed.\n\nProgress:     Ana finished the survey.\n\n              Tom started the charts.\n\n' +
      'Concerns:     The sample is small.\n\n              Nobody has booked a room.\n\nActions:      Tom to book a room.\n\n              Ana to email the tutor.\n';
    expect(itemsOf(firstMeeting(text)).map(([, title]) => title)).toEqual(['Minutes', 'Progress', 'Concerns', 'Actions']);
  });

  it('reads a label with a gap as no item where the lines under it are not set in', () => {
    const text = 'Riverside Study Group\n\nMeeting No. 4 - 12/02/2025\n\nAttending: Ana Ruiz, Tom Hale.\n\nActions:      Tom to book a room.\nAna to email the tutor.\n';
    expect(itemsOf(firstMeeting(text)).map(([, title]) => title)).not.toContain('Actions');
  });
});

describe("a wiki page's source", () => {
  it('reads its headings as items and leaves a single equals-sign line alone', () => {
    const text = '= Committee Meeting - 2024-05-06 =\n\n== Finance ==\n\n* The balance was read.\n\n== Events ==\n\n* The picnic is on 1 June.\n';
    expect(itemsOf(firstMeeting(text)).map(([, title]) => title)).toEqual(['Finance', 'Events']);
    expect(itemsOf(firstMeeting('Minutes of the Committee held on 6 May 2024\n\n1. Finance\n\n= Total =\n\nThe balance was read.\n')).map(([, title]) => title)).toEqual(['Finance']);
  });
});
