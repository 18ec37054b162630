// The rules that set a page's lines out as the general rules read them (run by parseMinutes after the page's furniture
// and chrome are gone), each a rewrite of one shape of minutes, in the order they run.
import { withSlashTableRows } from './page/slash-table-rows';
import { withWikiMarkupAsMarkdown } from './page/wiki-markup';
import { withLoneColonsJoined, withLoneStopsBlanked } from './page/lone-colons';
import { withReceivedSentencesOnLabels } from './attendance/received-under-label';
import { withMinutesListedInTables } from './items/minutes-listed-in-table';
import { withAutoNumberedTimesJoined } from './page/auto-numbered-times';
import { withTwoColumnNamesListed } from './attendance/two-column-names';
import { withDivisionEntriesListed } from './attendance/division-entries';
import { withBracketedLabelsNumbered } from './items/bracketed-labels';
import { withMinuteRunsStopped } from './items/minute-runs';
import { withSpacedItemNumbers } from './page/glued-numbers';
import { withRomanNumeralsStopped } from './items/roman-capitals';
import { withCapitalLeadInsApart } from './items/capital-lead-ins';
import { withPresentLabelApart } from './attendance/present-sentence';
import { withWrappedColumnLabelsSet } from './attendance/wrapped-column-labels';
import { withFootnoteMarksDropped } from './attendance/footnoted-entries';
import { withOfficesOverNamesPaired } from './attendance/offices-over-names';
import { withRoleBlocksPaired } from './attendance/role-blocks';
import { withPostsOverHoldersJoined } from './attendance/posts-over-holders';
import { withOfficeLabelledRolls } from './attendance/office-labelled-roll';
import { withGroupLabelsInRollsDropped } from './attendance/group-labels-in-roll';
import { withCivicHeadLinesTitled } from './attendance/civic-head-lines';
import { withSlashPersonRowsListed } from './attendance/slash-person-rows';
import { withLabelledNameColumnsListed } from './attendance/labelled-name-columns';
import { withChairFirstRollLabelled } from './attendance/chair-first-roll';
import { withAreaGroupsAsLists } from './attendance/area-groups';
import { withInitialledListsOnLabelLines } from './attendance/initialled-list-lines';
import { withUnlabelledStaffLabelled } from './attendance/unlabelled-staff';
import { withAlsoPresentSentencesListed } from './attendance/also-present-sentences';
import { withStackedLabelsPaired } from './attendance/stacked-labels';
import { withListLinesUnderLabels } from './attendance/list-lines-under-labels';
import { withSurnameFirstNamesTurned } from './attendance/surname-first-lists';
import { withLeaderRollsBracketed } from './attendance/leader-rolls';
import { withExtractLeadInsDropped } from './header/extract-lead-ins';
import { withVenueCaptionsBlanked } from './page/venue-caption';
import { withNumberedRollsUnnumbered } from './attendance/numbered-rolls';
import { withAnsweredRollCallsLabelled } from './attendance/answered-roll';
import { withRollCallSentencesAsLists } from './attendance/roll-call-sentences';
import { withQuorumRollsListed } from './attendance/quorum-roll';
import { withRollCallTablesAsLists } from './attendance/roll-call-table';
import { withAgendaRecords } from './page/agenda-records';
import { withBilingualHeadingPairs } from './items/bilingual-headings';
import { withoutActionColumn } from './page/action-column';
import { withActionTableRowsAsLines } from './page/action-table-rows';
import { markSetextHeadings } from './page/setext';
import { withItemTableRows } from './page/item-tables';
import { splitRunOnTitles } from './items/run-on-titles';
import { withWrappedRunOnTitlesJoined } from './items/wrapped-run-on-titles';
import { withStatementUnnumbered } from './page/numbered-statement';
import { withColumnLabelsAsHeadings } from './items/column-labels';

/**
 * The rules that set a page's lines out as the general rules read them, in the order they run: each takes the lines
 * and gives them back with its shape rewritten (the same array where the shape is not found).
 */
const LINE_SHAPES: ReadonlyArray<(lines: string[]) => string[]> = [
  withWikiMarkupAsMarkdown,
  withExtractLeadInsDropped,
  withVenueCaptionsBlanked,
  withActionTableRowsAsLines,
  withStatementUnnumbered,
  withSlashPersonRowsListed,
  withSlashTableRows,
  withLoneColonsJoined,
  withLoneStopsBlanked,
  withReceivedSentencesOnLabels,
  withMinutesListedInTables,
  withAutoNumberedTimesJoined,
  withTwoColumnNamesListed,
  withDivisionEntriesListed,
  withBracketedLabelsNumbered,
  withMinuteRunsStopped,
  withSpacedItemNumbers,
  withRomanNumeralsStopped,
  withCapitalLeadInsApart,
  withPresentLabelApart,
  withWrappedColumnLabelsSet,
  withFootnoteMarksDropped,
  withGroupLabelsInRollsDropped,
  withCivicHeadLinesTitled,
  withOfficeLabelledRolls,
  withLabelledNameColumnsListed,
  withOfficesOverNamesPaired,
  withRoleBlocksPaired,
  withPostsOverHoldersJoined,
  withChairFirstRollLabelled,
  withAreaGroupsAsLists,
  withStackedLabelsPaired,
  withInitialledListsOnLabelLines,
  withUnlabelledStaffLabelled,
  withAlsoPresentSentencesListed,
  withListLinesUnderLabels,
  withNumberedRollsUnnumbered,
  withAnsweredRollCallsLabelled,
  withLeaderRollsBracketed,
  withSurnameFirstNamesTurned,
  withRollCallSentencesAsLists,
  withQuorumRollsListed,
  withRollCallTablesAsLists,
  withAgendaRecords,
  withBilingualHeadingPairs,
  withoutActionColumn,
  markSetextHeadings,
  withItemTableRows,
  withWrappedRunOnTitlesJoined,
  splitRunOnTitles,
  withColumnLabelsAsHeadings,
];

/** `lines` with every shape of LINE_SHAPES rewritten, in order. */
export function withLineShapes(lines: string[]): string[] {
  return LINE_SHAPES.reduce((shaped, shape) => shape(shaped), lines);
}
