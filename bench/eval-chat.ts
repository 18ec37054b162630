// `npm run eval:chat`: the chat box on labelled conversations over corpus/ (bench/chat-questions.json):
// answer accuracy, citation precision, and how well it declines what the minutes cannot answer.
// Indexes corpus/ into a temporary data folder with the configured model (semantic search must load), then appends the
// table to docs/BENCHMARKS.md.
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../core/logger';
import { answerConversation } from '../server/conversation';
import type { ChatMessage, ChatResponse } from '../server/api-types';
import { indexCorpus } from './eval';
import { appendBenchmark, fileArgument, markdownTable, runWhenMain } from './report';

interface ChatCase {
  kind: string;
  turns: string[];
  cite?: string[];
  answer?: string[];
  refuse?: boolean;
  meetingDate?: string;
  meetingYear?: number;
}

interface CaseOutcome {
  chatCase: ChatCase;
  correct: boolean;
  /** Share of citations that are relevant; null when nothing was cited. */
  precision: number | null;
  declined: boolean;
}

const fold = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

function citationIsRelevant(chatCase: ChatCase, citation: ChatResponse['citations'][number]): boolean {
  if (chatCase.meetingDate && citation.meeting.date !== chatCase.meetingDate) return false;
  if (chatCase.meetingYear && !citation.meeting.date?.startsWith(String(chatCase.meetingYear))) return false;
  if (!chatCase.cite) return true;
  // A citation is shown under its item's title: a decision noted under "Procurement of Restorative Justice Service" is on it.
  const shown = fold(`${citation.item.title} ${citation.text}`);
  return chatCase.cite.some((snippet) => shown.includes(fold(snippet)));
}

export function scoreCase(chatCase: ChatCase, response: ChatResponse): CaseOutcome {
  const declined = response.citations.length === 0;
  const relevant = response.citations.filter((citation) => citationIsRelevant(chatCase, citation));
  const precision = declined ? null : relevant.length / response.citations.length;
  const answerHolds = (chatCase.answer ?? []).every((snippet) => fold(response.answer).includes(fold(snippet)));
  const correct = chatCase.refuse ? declined && answerHolds : !declined && answerHolds && (chatCase.cite ? relevant.length > 0 : precision === 1);
  return { chatCase, correct, precision, declined };
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);
const format = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2));

async function main(): Promise<void> {
  const casesFile = fileArgument(process.argv, '--cases', path.resolve(__dirname, 'chat-questions.json'), '--cases bench/chat-questions-fresh.json');
  const cases = (JSON.parse(fs.readFileSync(casesFile, 'utf8')) as { cases: ChatCase[] }).cases;
  const shownFile = path.relative(path.resolve(__dirname, '..'), casesFile);
  const casesArgument = shownFile === 'bench/chat-questions.json' ? '' : ` -- --cases ${shownFile}`;
  const { config, stores, search } = await indexCorpus();
  try {
    const outcomes: CaseOutcome[] = [];
    for (const chatCase of cases) {
      const messages: ChatMessage[] = [];
      let response: ChatResponse | null = null;
      for (const turn of chatCase.turns) {
        messages.push({ role: 'user', content: turn });
        response = await answerConversation({ messages, filters: {} }, { search, store: stores.store, config, logger: silentLogger });
        messages.push({ role: 'assistant', content: response.answer });
      }
      const outcome = scoreCase(chatCase, response!);
      outcomes.push(outcome);
      if (process.argv.includes('--per-case')) {
        console.log(`${outcome.correct ? 'ok  ' : 'MISS'} ${chatCase.kind.padEnd(12)} ${chatCase.turns.join(' / ').slice(0, 70).padEnd(70)} ${response!.answer.replace(/\s+/g, ' ').slice(0, 90)}`);
      }
    }
    const kinds = ['all', ...new Set(cases.map((chatCase) => chatCase.kind))];
    const rows = kinds.map((kind) => {
      const inKind = outcomes.filter((outcome) => kind === 'all' || outcome.chatCase.kind === kind);
      const precisions = inKind.flatMap((outcome) => (outcome.precision === null || outcome.chatCase.refuse ? [] : [outcome.precision]));
      return [kind, inKind.length, format(mean(inKind.map((outcome) => (outcome.correct ? 1 : 0)))), format(mean(precisions))];
    });
    const shouldDecline = outcomes.filter((outcome) => outcome.chatCase.refuse);
    const declined = outcomes.filter((outcome) => outcome.declined);
    const abstention = [
      `Abstention precision ${format(declined.filter((outcome) => outcome.chatCase.refuse).length / declined.length)} ` +
        `(${declined.length} declined), recall ${format(shouldDecline.filter((outcome) => outcome.declined).length / shouldDecline.length)} ` +
        `(${shouldDecline.length} the minutes cannot answer).`,
    ];
    const table = markdownTable(['conversations', 'n', 'answer accuracy', 'citation precision'], rows);
    console.log(`${table}\n${abstention[0]}`);
    if (process.argv.includes('--per-case')) return;
    await appendBenchmark({
      title: `Chat quality (npm run eval:chat${casesArgument}), model ${config.embedding.model}`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npm run eval:chat${casesArgument}`,
      notes: [`${cases.length} labelled conversations over corpus/ (${shownFile}).`, ...abstention],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, main);
