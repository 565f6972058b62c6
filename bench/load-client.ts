// Runs autocannon against one URL in its own process, so that the load generator takes neither the
// server's event loop nor its memory. Arguments: JSON {url, headers, connections, seconds}; prints the stats as JSON.
import autocannon from 'autocannon';
import type { LoadStats } from './measure.js';

const { url, headers, connections, seconds } = JSON.parse(process.argv[2]!) as {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
};
// 50 connections queue behind the embedded database's single connection: a slow answer is a result, not a timeout.
const result = await autocannon({ url, headers, connections, duration: seconds, timeout: 60 });
const stats: LoadStats = {
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  requests: result.requests.total,
  failures: result.errors + result.timeouts + result.non2xx,
};
process.stdout.write(JSON.stringify(stats));
