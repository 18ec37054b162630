// The question box: a conversation whose answers cite paragraphs; every question is sent with the
// whole conversation so follow-ups ("and in 2023?") keep their context.
import type { ChatMessage, ChatResponse, Citation } from '../../server/api-types';
import { chat, describeFailure, isAbort } from './api';
import { formatDate, h, itemLabel } from './dom';
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
const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

function citationHref(citation: Citation, query: string): string {
  return meetingHref(citation.meeting.id, anchorOf(citation.item.id, citation.paragraphIndex), parseSearchState(new URLSearchParams({ q: query })));
}

function citationLabel(citation: Citation): string {
  const where = citation.paragraph ? `paragraph ${citation.paragraph}` : 'agenda item';
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

function interpretedNote(interpreted: Answer['interpreted']): string {
  const { filters } = interpreted;
  const parts = [`“${interpreted.query}”`];
  if (filters.year?.length) parts.push(`in ${filters.year.join(', ')}`);
  if (filters.body?.length) parts.push(`at ${filters.body.join(', ')}`);
  if (filters.speaker?.length) parts.push(`said by ${filters.speaker.join(', ')}`);
  if (filters.from || filters.to) parts.push(`between ${filters.from ?? 'the start'} and ${filters.to ?? 'now'}`);
  if (interpreted.preferDecisions || filters.decisionsOnly) parts.push('preferring decisions');
  return `Searched for ${parts.join(' ')}`;
}

function answerBlock(answer: Answer): HTMLElement {
  const query = answer.interpreted.query;
  return h(
    'div',
    { class: 'chat-answer' },
    answer.answer
      .split(/\n{2,}/)
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
    h('p', { class: 'interpreted muted' }, interpretedNote(answer.interpreted)),
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

export function mountChat(container: HTMLElement): void {
  let turns = loadTurns();
  let pending: AbortController | null = null;

  const log = h('ol', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const status = h('p', { class: 'chat-status', role: 'status' });
  const input = h('input', {
    id: 'chat-input',
    type: 'text',
    name: 'question',
    autocomplete: 'off',
    required: true,
    maxlength: 500,
    placeholder: 'e.g. What was said about the precept?',
  });
  const askButton = h('button', { type: 'submit' }, 'Ask');
  const label = h('label', { for: 'chat-input' });
  const newButton = h('button', { type: 'button', class: 'secondary', onclick: () => startOver() }, 'New conversation');

  function save(): void {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(turns));
  }

  function turnElement(turn: Turn): HTMLLIElement {
    return h(
      'li',
      { class: 'chat-turn' },
      h('p', { class: 'chat-question' }, h('span', { class: 'visually-hidden' }, 'You asked: '), turn.question),
      turn.answer && answerBlock(turn.answer),
      turn.error && h('p', { class: 'error' }, `No answer: ${turn.error}. Try again or rephrase the question.`),
    );
  }

  function showControls(): void {
    newButton.hidden = turns.length === 0;
    log.hidden = turns.length === 0;
    label.textContent = turns.length ? 'Ask a follow-up' : 'Ask a question about the minutes';
  }

  /** New turns are appended, not re-rendered, so the live log announces only the new answer. */
  function addTurn(turn: Turn): void {
    turns = [...turns, turn];
    save();
    const element = turnElement(turn);
    log.append(element);
    showControls();
    element.scrollIntoView({ block: 'nearest' });
  }

  async function ask(question: string): Promise<void> {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const messages: ChatMessage[] = [...messagesOf(turns), { role: 'user', content: question }];
    askButton.disabled = true;
    status.textContent = 'Searching the minutes…';
    try {
      const response = await chat(messages, controller.signal);
      const { answer, citations, interpreted, degraded } = response;
      status.textContent = '';
      addTurn({ question, answer: { answer, citations, interpreted, degraded }, error: null });
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = '';
      addTurn({ question, answer: null, error: describeFailure(error) });
    } finally {
      if (pending === controller) {
        pending = null;
        askButton.disabled = false;
      }
    }
  }

  function startOver(): void {
    pending?.abort();
    pending = null;
    askButton.disabled = false;
    turns = [];
    status.textContent = 'Started a new conversation.';
    save();
    log.replaceChildren();
    showControls();
    input.value = '';
    input.focus();
  }

  const form = h(
    'form',
    {
      class: 'chat-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const question = input.value.trim();
        if (!question || pending) return;
        input.value = '';
        void ask(question);
      },
    },
    label,
    h('div', { class: 'inline-form' }, input, askButton),
  );

  container.replaceChildren(
    h('h2', { id: 'chat-heading' }, 'Ask the minutes'),
    h('p', { class: 'hint' }, 'Answers quote the minutes; each number opens the paragraph it came from. Follow-up questions keep the topic.'),
    log,
    status,
    form,
    newButton,
  );
  log.append(...turns.map(turnElement));
  showControls();
}
