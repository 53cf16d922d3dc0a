import autocannon from 'autocannon';
import { sampleRss } from './service';

export interface LoadResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Largest RSS of the service process sampled during the load. */
  readonly servicePeakRssMb: number;
}

/**
 * A bounded load on one GraphQL request from loopback: `connections` keep-alive connections for
 * `seconds`, with the service's RSS sampled meanwhile.
 */
export async function loadTest(
  url: string,
  servicePid: number,
  request: { token: string; query: string },
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const target = new URL('/graphql', url);
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error('load is sent to loopback only');
  const sampler = sampleRss(servicePid);
  const result = await autocannon({
    url: target.toString(),
    method: 'POST',
    connections,
    duration: seconds,
    // A slow answer is a slow answer, not an error: only give up on one after 30 s.
    timeout: 30,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: JSON.stringify({ query: request.query }),
  });
  const peak = sampler.stop();
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    servicePeakRssMb: peak,
  };
}
