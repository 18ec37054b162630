// The question box: a conversation whose answers cite paragraphs; every question is sent with the
// whole conversation so follow-ups ("and in 2023?") keep their context.
import type { ChatMessage, ChatResponse, Citation } from '../../server/api-types';
import { chat, describeFailure, isAbort } from './api';
import { dateSpan, formatDate, h, itemLabel, paragraphName } from './dom';
import { anchorOf, meetingHref } from './routes';
import { parseSearchState } from './state';

interface Answer {
  answer: string;
  citations: Citation[];
  interpreted: ChatResponse['interpreted'];
  degraded: string | null;
}

interface Turn {
  question: string;
  answer: Answer | null;
  error: string | null;
}

const STORAGE_KEY = 'minutes-search.conversation';
/** Questions offered before the first one: the kinds the chat answers (a topic, a decision, a subject's story). */
const EXAMPLE_QUESTIONS = ['What did the Commissioner say about CCTV funding?', 'What was decided about the precept?', 'When were police cadets first raised?'];
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

function citationHref(citation: Citation, query: string): string {
  return meetingHref(citation.meeting.id, anchorOf(citation.item.id, citation.paragraphIndex), parseSearchState(new URLSearchParams({ q: query })));
}

function citationLabel(citation: Citation): string {
  const where = citation.paragraph ? paragraphName(citation.paragraph) : 'agenda item';
  return `${citation.meeting.body ?? citation.meeting.title}, ${formatDate(citation.meeting.date)}, ${itemLabel(citation.item)}, ${where}`;
}

/** The answer's text with each [n] marker turned into a link to the cited paragraph. */
export function answerNodes(answer: string, citations: Citation[], query: string): Node[] {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const nodes: Node[] = [];
  let last = 0;
  for (const match of answer.matchAll(MARKER)) {
    const start = match.index ?? 0;
    const numbers = match[1].split(',').map((part) => Number(part.trim()));
    if (!numbers.every((n) => byNumber.has(n))) continue;
    nodes.push(document.createTextNode(answer.slice(last, start)));
    for (const n of numbers) {
      const citation = byNumber.get(n) as Citation;
      nodes.push(
        h('a', { class: 'citation', href: citationHref(citation, query), 'data-route': true, 'aria-label': `Source ${n}: ${citationLabel(citation)}` }, `[${n}]`),
      );
    }
    last = start + match[0].length;
  }
  nodes.push(document.createTextNode(answer.slice(last)));
  return nodes;
}

/**
 * How the question was read. A question about a meeting itself (who chaired, what was on the agenda) is answered from
 * the meeting's record, and one about a person's words with no subject from their passages: neither searched for words,
 * and "Searched for “”" said nothing.
 */
export function interpretedNote(interpreted: Answer['interpreted']): string {
  const { filters } = interpreted;
  if (!interpreted.query.trim()) {
    return filters.speaker?.length ? `Listed what ${filters.speaker.join(' or ')} said, the most recent first` : 'Answered from the meeting records (attendance, agenda and decisions)';
  }
  const parts = [`“${interpreted.query}”`];
  if (filters.year?.length) parts.push(`in ${filters.year.join(', ')}`);
  if (filters.body?.length) parts.push(`at ${filters.body.join(', ')}`);
  if (filters.speaker?.length) parts.push(`said by ${filters.speaker.join(', ')}`);
  if (filters.from || filters.to) parts.push(dateSpan(filters.from, filters.to));
  if (interpreted.preferDecisions || filters.decisionsOnly) parts.push('preferring decisions');
  return `Searched for ${parts.join(' ')}`;
}

function answerBlock(answer: Answer): HTMLElement {
  const query = answer.interpreted.query;
  return h(
    'div',
    { class: 'chat-answer' },
    answer.answer
      .split(/\n+/)
      .filter((paragraph) => paragraph.trim())
      .map((paragraph) => h('p', {}, ...answerNodes(paragraph, answer.citations, query))),
    answer.degraded && h('p', { class: 'notice' }, answer.degraded),
    answer.citations.length > 0 &&
      h(
        'details',
        { class: 'chat-sources' },
        h('summary', {}, `Sources (${answer.citations.length})`),
        h(
          'ol',
          {},
          answer.citations.map((citation) =>
            h(
              'li',
              { value: citation.n },
              h('a', { href: citationHref(citation, query), 'data-route': true }, citationLabel(citation)),
              citation.speaker && h('span', { class: 'muted' }, ` — ${citation.speaker}`),
            ),
          ),
        ),
      ),
    // An answer that searched nothing and cites nothing ("hello", a meeting not held) has no reading worth showing.
    (answer.interpreted.query.trim() || answer.citations.length > 0) && h('p', { class: 'interpreted muted' }, interpretedNote(answer.interpreted)),
  );
}

function loadTurns(): Turn[] {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as Turn[]) : [];
  } catch {
    return [];
  }
}

/** The conversation the server sees: each question and the answer given, failed turns left out. */
function messagesOf(turns: Turn[]): ChatMessage[] {
  return turns.flatMap((turn): ChatMessage[] =>
    turn.answer
      ? [
          { role: 'user', content: turn.question },
          { role: 'assistant', content: turn.answer.answer },
        ]
      : [],
  );
}

/** What follows the question in a turn: the answer, or why there is none. */
function outcomeOf(turn: Turn): HTMLElement | null {
  if (turn.answer) return answerBlock(turn.answer);
  return turn.error ? h('p', { class: 'error' }, `No answer: ${turn.error}. Your question is back in the box below: ask it again, or rephrase it.`) : null;
}

function turnElement(question: string, outcome: HTMLElement | null): HTMLLIElement {
  return h('li', { class: 'chat-turn' }, h('p', { class: 'chat-question' }, h('span', { class: 'visually-hidden' }, 'You asked: '), question), outcome);
}

/** The conversation panel: owns its turns (kept in sessionStorage), the request in flight and its elements. */
class ChatPanel {
  #turns = loadTurns();
  #pending: AbortController | null = null;
  readonly #log = h('ol', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  readonly #status = h('p', { class: 'chat-status', role: 'status' });
  readonly #input = h('input', {
    id: 'chat-input',
    type: 'text',
    name: 'question',
    autocomplete: 'off',
    required: true,
    maxlength: 500,
    placeholder: 'Ask in plain words',
  });
  readonly #askButton = h('button', { type: 'submit' }, 'Ask');
  readonly #label = h('label', { for: 'chat-input' });
  readonly #newButton = h('button', { type: 'button', class: 'secondary', onclick: () => this.#startOver() }, 'New conversation');
  readonly #examples = h(
    'div',
    { class: 'chat-examples' },
    h('p', { id: 'chat-examples-label' }, 'Try asking:'),
    h(
      'ul',
      { 'aria-labelledby': 'chat-examples-label' },
      EXAMPLE_QUESTIONS.map((question) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => this.ask(question) }, question))),
    ),
  );

  constructor(container: HTMLElement) {
    const form = h(
      'form',
      { class: 'chat-form', onsubmit: (event: Event) => this.#submit(event) },
      this.#label,
      h('div', { class: 'inline-form' }, this.#input, this.#askButton),
    );
    container.replaceChildren(
      h('h2', { id: 'chat-heading' }, 'Ask the minutes'),
      h('p', { class: 'hint' }, 'Answers quote the minutes; each number opens the paragraph it came from. Follow-up questions keep the topic.'),
      this.#log,
      this.#examples,
      this.#status,
      form,
      this.#newButton,
    );
    this.#log.append(...this.#turns.map((turn) => turnElement(turn.question, outcomeOf(turn))));
    this.#showControls();
  }

  #save(): void {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.#turns));
  }

  #showControls(): void {
    this.#newButton.hidden = this.#turns.length === 0;
    this.#log.hidden = this.#turns.length === 0;
    this.#examples.hidden = this.#turns.length > 0;
    this.#label.textContent = this.#turns.length ? 'Ask a follow-up' : 'Ask a question about the minutes';
  }

  /**
   * The question shows at once with a note that the answer is on its way; the answer then replaces the note inside
   * the same turn, so the live log announces only what is new.
   */
  #showPending(question: string): { element: HTMLLIElement; waiting: HTMLElement } {
    const waiting = h('p', { class: 'chat-pending' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Searching the minutes…');
    const element = turnElement(question, waiting);
    this.#log.hidden = false;
    this.#examples.hidden = true;
    this.#log.append(element);
    element.scrollIntoView({ block: 'nearest' });
    return { element, waiting };
  }

  #settle(turn: Turn, shown: { element: HTMLLIElement; waiting: HTMLElement }): void {
    this.#turns = [...this.#turns, turn];
    this.#save();
    shown.waiting.replaceWith(outcomeOf(turn) ?? '');
    this.#showControls();
    shown.element.scrollIntoView({ block: 'nearest' });
  }

  /** Asks `question` as if it had been typed here: an example, or a question typed into the search box. */
  ask(question: string): void {
    this.#input.focus();
    if (this.#pending) {
      // Pressed while an answer is on its way, it did nothing at all: the question waits in the box to be asked next.
      this.#input.value = question;
      this.#status.textContent = 'Still answering the last question: press Ask once its answer is in.';
      return;
    }
    void this.#ask(question);
  }

  #submit(event: Event): void {
    event.preventDefault();
    const question = this.#input.value.trim();
    if (!question) return;
    if (this.#pending) {
      this.#status.textContent = 'Still answering the last question: press Ask once its answer is in.';
      return;
    }
    this.#input.value = '';
    void this.#ask(question);
  }

  async #ask(question: string): Promise<void> {
    this.#pending?.abort();
    const controller = new AbortController();
    this.#pending = controller;
    const messages: ChatMessage[] = [...messagesOf(this.#turns), { role: 'user', content: question }];
    this.#askButton.disabled = true;
    this.#status.textContent = '';
    const shown = this.#showPending(question);
    try {
      const { answer, citations, interpreted, degraded } = await chat(messages, controller.signal);
      this.#settle({ question, answer: { answer, citations, interpreted, degraded }, error: null }, shown);
    } catch (error) {
      if (isAbort(error)) return;
      this.#settle({ question, answer: null, error: describeFailure(error) }, shown);
      // The question is not lost: it waits in the box to be sent again (unless something new was typed meanwhile).
      if (!this.#input.value.trim()) this.#input.value = question;
    } finally {
      if (this.#pending === controller) {
        this.#pending = null;
        this.#askButton.disabled = false;
      }
    }
  }

  #startOver(): void {
    this.#pending?.abort();
    this.#pending = null;
    this.#askButton.disabled = false;
    this.#turns = [];
    this.#status.textContent = 'Started a new conversation.';
    this.#save();
    this.#log.replaceChildren();
    this.#showControls();
    this.#input.value = '';
    this.#input.focus();
  }
}

export interface ChatBox {
  ask(question: string): void;
}

export function mountChat(container: HTMLElement): ChatBox {
  return new ChatPanel(container);
}
