// Load from autocannon against a running server, keeping every response's latency so percentiles (p95 among
// them, which autocannon's own summary leaves out) are exact.
import autocannon from 'autocannon';

export interface MeasuredLoad {
  result: autocannon.Result;
  /** Milliseconds per response, in the order they arrived. */
  latencies: number[];
}

export function fire(
  url: string,
  connections: number,
  seconds: number,
  requests: autocannon.Request[],
  timeoutSeconds = 10,
): Promise<MeasuredLoad> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests, timeout: timeoutSeconds }, (error, result) =>
      error ? reject(error) : resolve({ result, latencies }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
