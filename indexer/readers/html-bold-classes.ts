// Bold text an HTML page marks by style rather than by <b>: a class its style sheets make bold (Google Docs exports,
// editors' "save as web page") or an inline font-weight. The HTML reader counts such text as bold, as it does <b>.
import type { Element } from 'domhandler';

/** A CSS weight that is bold: "bold", "bolder", 600–900. */
const BOLD_WEIGHT = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;
/**
 * ".c2{color:#000000;font-weight:700;…}": a rule for one bare class. Google Docs exports (and other editors' "save as web
 * page") make text bold by such a class on a span, never by <b>; only rules of a single bare class are read.
 */
const CLASS_RULE = /(?<=^|[}\s])\.([\w-]+)\s*\{([^{}]*)\}/g;

/** The classes a page's style sheets make bold (with a weight of their own, not one inherited). */
export function boldClassesOf(styleSheets: string[]): Set<string> {
  const bold = new Set<string>();
  for (const sheet of styleSheets) for (const [, name, declarations] of sheet.matchAll(CLASS_RULE)) if (BOLD_WEIGHT.test(declarations)) bold.add(name);
  return bold;
}

/** Whether an element's own class or inline style makes its text bold, as <b> does. */
export function isStyledBold(element: Element, boldClasses: ReadonlySet<string>): boolean {
  const style = element.attribs.style;
  if (style !== undefined && BOLD_WEIGHT.test(style)) return true;
  const classes = element.attribs.class;
  return classes !== undefined && boldClasses.size > 0 && classes.split(/\s+/).some((name) => boldClasses.has(name));
}
