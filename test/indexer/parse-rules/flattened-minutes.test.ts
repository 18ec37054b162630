// Minutes flattened onto one line, as a document-sharing site or an aggregator copies a PDF's text without its line
// breaks: the parser should read them as it reads the same minutes set out line by line.
import { firstMeeting, itemsOf } from '../../helpers/parse-text';

describe('items run together on one line', () => {
  it('splits off an item whose title is in sentence case once titles in capitals show the numbers to be the items\'', () => {
    const text =
      'Minutes of the Meeting of Wenmoor Parish Council held on Tuesday 4 March 2025 in Wenmoor Village Hall ' +
      'Present: Cllr Ada Quince (Chair), Cllr Ben Rook, Cllr Cara Snell ' +
      '1. Apologies For Absence Apologies were received from Cllr Dale Tamm. ' +
      '2. Declarations Of Interest None were declared. ' +
      '3. Village Green The grass had been cut twice since the last meeting and the contractor was thanked for the work. ' +
      '4. To approve the accounts for payment It was resolved to pay the invoices for the hall hire and the grass cutting. ' +
      '5. Bus Shelter The glass in the shelter on Mill Lane had been broken again and the Clerk would ask for a quote.\n';
    expect(itemsOf(firstMeeting(text))).toEqual([
      ['1', 'Apologies For Absence'],
      ['2', 'Declarations Of Interest'],
      ['3', 'Village Green'],
      ['4', 'To approve the accounts for payment'],
      ['5', 'Bus Shelter'],
    ]);
  });
});
