// Who asked a question, where the minutes name the asker beside it rather than in the sentence: in brackets on a line
// under the question's heading, or in brackets after the question.
import { readableName } from '../header/meeting-fields';

/** "(Cllr Mike Blakemore, Folkestone and Hythe District Council)" → "Cllr Mike Blakemore"; "(The Cabinet Member for Y)", an office. */
export function questionerOf(line: string): string | null {
  const inner = /^\s*\((.+)\)\s*$/.exec(line)?.[1];
  if (!inner) return null;
  const name = inner.split(',')[0].trim();
  // "QUESTION 1 – CLLR DUNN": an asker printed in capitals is named as in the text ("Cllr Dunn").
  return /^[A-Z]/.test(name) && name.split(/\s+/).length <= (name.startsWith('The ') ? 10 : 5) ? readableName(name) : null;
}

/** A question that ends with its asker in brackets: "... deterrent value of CCTV? (Don Sloan)". */
export function trailingQuestionerOf(text: string): string | null {
  // Only a text ending in a bracket can match; the pattern alone was tried at every full stop of every paragraph.
  if (!text.trimEnd().endsWith(')')) return null;
  const match = /[?.!]\s*\(((?:Cllr |Mr |Mrs |Ms |Dr )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3})\)\s*$/.exec(text);
  return match ? match[1] : null;
}

const surnameOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Who put a question: its asker (`asker`, as the heading or a bracketed line names them), or, where the question's text
 * opens with the same person named its own way (`named`: "Mr Grange asked …" under "Question from Mr Oliver Grange to
 * …"), that person as the text names them, as any other paragraph's speaker is.
 */
export function askerAsNamed(asker: string, named: string | null): string {
  // "Reply from the Commissioner:" over "Mrs Nettleton said …": the office's answer, given by the person the text names.
  return named !== null && (surnameOf(named) === surnameOf(asker) || asker.startsWith('The ')) ? named : asker;
}
