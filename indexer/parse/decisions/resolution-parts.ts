// The numbered or lettered parts of a resolution, each a paragraph of its own: which block is the next part of the
// decision above it, whatever words it starts with.
import type { Block } from '../paragraphs/blocks';

/**
 * "Resolved - (1) That the report be noted." over "(2) That a further update be brought …": a decision whose words open
 * its first numbered or lettered part has the next parts to come, whatever words they start with.
 */
const FIRST_PART_AFTER_DECISION_WORD = /\b(?:RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|DECISION|Decision|DECIDED|Decided)\b\s*(?:[:–—-]\s*)?(?:that:?\s+)?(?:\((1|a)\)|(1|a)[.)])\s/;

/** The marker of the part after `marker` ("1" → "2", "a" → "b"). */
const partAfter = (marker: string) => (/^\d+$/.test(marker) ? String(Number(marker) + 1) : String.fromCharCode(marker.charCodeAt(0) + 1));

/**
 * Follows the parts of the open decision when its first line opens its first part, or once a part is read under it:
 * the next part is the block with the next marker ("(2)" after "(1)"), whatever words it starts with.
 */
export function decisionParts() {
  let next: string | null = null;
  const isNext = (block: Block) => next !== null && (block.kind === 'numbered' || block.kind === 'lettered') && block.marker === next;
  return {
    isNext,
    /** After each block (its `text`): `opensDecision`, whether the block opened a decision. */
    follow(block: Block, text: string, opensDecision: boolean, isResolution: boolean): void {
      const first = opensDecision ? FIRST_PART_AFTER_DECISION_WORD.exec(text) : null;
      if (opensDecision) next = first ? partAfter(first[1] ?? first[2]) : null;
      else if (isNext(block)) next = partAfter(next!);
      // "…subject to the following conditions:" over "(1) Standard time", "(2) Approved plans": a part read under the
      // resolution opens the run of them (one that is a sentence of its own, "1. That …", may be followed by other minutes).
      else if (isResolution && block.marker !== null && block.kind !== 'question' && !/^that\b/i.test(text)) next = partAfter(block.marker);
      else if (!isResolution) next = null;
    },
  };
}
