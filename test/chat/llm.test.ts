import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceError } from '../../core/errors';
import { composeAnswer } from '../../server/chat/answer';
import { completionsEndpoint, rewriteWithLlm } from '../../server/chat/llm';
import { cadetIntroduction, cadetUnits } from './passages';

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}

/** A stand-in OpenAI-compatible server on 127.0.0.1 that answers each request with `reply`. */
async function startModelServer(reply: (response: http.ServerResponse) => void) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(raw) });
      reply(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function completion(content: string) {
  return (response: http.ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }));
  };
}

const draft = composeAnswer({ query: 'police cadet scheme', topic: 'police cadet scheme', filters: {}, preferDecisions: false, asksForFigure: false, focus: '' }, [cadetUnits, cadetIntroduction]);
const QUESTION = 'What is happening with the police cadet scheme?';

describe('rewriteWithLlm', () => {
  let server: Awaited<ReturnType<typeof startModelServer>> | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('sends the question, the numbered passages and the draft, and returns the grounded rewrite', async () => {
    expect(draft.citations).toHaveLength(2);
    const rewrite = 'The Commissioner introduced a report on the Police Cadet Scheme [2] and planned 12 cadet units across Kent [1].';
    server = await startModelServer(completion(`  ${rewrite}\n`));
    const answer = await rewriteWithLlm({ url: server.url, model: 'tiny-model', apiKey: 'secret-key' }, QUESTION, draft);
    expect(answer).toBe(rewrite);

    const [request] = server.received;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.authorization).toBe('Bearer secret-key');
    expect(request.body.model).toBe('tiny-model');
    const [system, user] = request.body.messages;
    expect(system.role).toBe('system');
    expect(system.content).toContain('ONLY from the numbered passages');
    expect(system.content).toContain('[n]');
    expect(user.content).toContain(QUESTION);
    expect(user.content).toContain(`[1] (Kent and Medway Police and Crime Panel; 28 March 2017; item: Police Cadet Scheme - progress report; speaker: The Commissioner)\n${draft.citations[0].text}`);
    expect(user.content).toContain(draft.answer);
  });

  it('posts to {url}/chat/completions when the url already ends in /v1, and sends no key when none is set', async () => {
    server = await startModelServer(completion('The plan was for 12 cadet units [1].'));
    await rewriteWithLlm({ url: `${server.url}/v1/`, model: 'tiny-model' }, QUESTION, draft);
    expect(server.received[0].url).toBe('/v1/chat/completions');
    expect(server.received[0].authorization).toBeUndefined();
  });

  it('rejects with a ServiceError on HTTP 500', async () => {
    server = await startModelServer((response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":"overloaded"}');
    });
    const rewrite = rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft);
    await expect(rewrite).rejects.toThrow(ServiceError);
    await expect(rewrite).rejects.toThrow('expected HTTP 200 from the language model, got 500');
  });

  it('rejects when the model does not answer in time', async () => {
    server = await startModelServer(() => {});
    const started = Date.now();
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft, fetch, 200)).rejects.toThrow(
      'the language model did not answer within 200 ms',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects a reply that cites a passage that does not exist', async () => {
    server = await startModelServer(completion('There are 12 cadet units [1] and 40 volunteers [3].'));
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft)).rejects.toThrow('the rewrite cites [3], expected only [1] to [2]');
  });

  it('rejects a reply that cites nothing, or is not a chat completion', async () => {
    server = await startModelServer(completion('Cadets are doing well.'));
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft)).rejects.toThrow('cites no passage');
    await server.close();
    server = await startModelServer((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"choices": []}');
    });
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft)).rejects.toThrow('expected choices[0].message.content');
    await server.close();
    server = await startModelServer((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('not json');
    });
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, draft)).rejects.toThrow(ServiceError);
  });

  it('returns the draft without calling the model when there is nothing to cite', async () => {
    server = await startModelServer(completion('Invented [1].'));
    const empty = { answer: 'I found nothing in the minutes about "cadets".', citations: [] };
    await expect(rewriteWithLlm({ url: server.url, model: 'tiny-model' }, QUESTION, empty)).resolves.toBe(empty.answer);
    expect(server.received).toHaveLength(0);
  });
});

describe('completionsEndpoint', () => {
  it.each([
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['http://127.0.0.1:8080/openai/v1/', 'http://127.0.0.1:8080/openai/v1/chat/completions'],
    ['http://127.0.0.1:8080/v1/chat/completions', 'http://127.0.0.1:8080/v1/chat/completions'],
  ])('posts for %s to %s', (url, endpoint) => {
    expect(completionsEndpoint(url)).toBe(endpoint);
  });
});
