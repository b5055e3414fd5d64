/**
 * `GET /metrics` in the Prometheus text format: requests by operation and status, a latency
 * histogram, requests in flight and the audit queue (operations waiting for a group commit).
 * Labels are the route's operation name and the status code — never a path, a name or a
 * principal, so the metrics say nothing about what the vault holds or who uses it.
 */

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

export class Metrics {
  readonly #requests = new Map<string, number>();
  readonly #buckets = new Array<number>(BUCKETS.length + 1).fill(0);
  #sum = 0;
  #count = 0;
  inFlight = 0;

  /** Counts one finished request. `operation` comes from the route table (or a fixed word), never from the caller. */
  observe(operation: string, status: number, seconds: number): void {
    const key = `${operation}\u0000${status}`;
    this.#requests.set(key, (this.#requests.get(key) ?? 0) + 1);
    let i = 0;
    while (i < BUCKETS.length && seconds > (BUCKETS[i] ?? Infinity)) i += 1;
    this.#buckets[i] = (this.#buckets[i] ?? 0) + 1;
    this.#sum += seconds;
    this.#count += 1;
  }

  render(auditQueueDepth: number): string {
    const lines = [
      '# HELP coffer_requests_total Requests answered, by operation and HTTP status.',
      '# TYPE coffer_requests_total counter',
    ];
    for (const [key, count] of [...this.#requests].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [operation, status] = key.split('\u0000');
      lines.push(`coffer_requests_total{operation="${operation ?? ''}",status="${status ?? ''}"} ${count}`);
    }
    lines.push('# HELP coffer_request_duration_seconds Time from a request\'s arrival to its reply.', '# TYPE coffer_request_duration_seconds histogram');
    let cumulative = 0;
    BUCKETS.forEach((bound, i) => {
      cumulative += this.#buckets[i] ?? 0;
      lines.push(`coffer_request_duration_seconds_bucket{le="${bound}"} ${cumulative}`);
    });
    lines.push(`coffer_request_duration_seconds_bucket{le="+Inf"} ${this.#count}`);
    lines.push(`coffer_request_duration_seconds_sum ${this.#sum}`, `coffer_request_duration_seconds_count ${this.#count}`);
    lines.push('# HELP coffer_requests_in_flight Requests being answered.', '# TYPE coffer_requests_in_flight gauge', `coffer_requests_in_flight ${this.inFlight}`);
    lines.push('# HELP coffer_audit_queue_depth Operations waiting for their audit records to be committed.', '# TYPE coffer_audit_queue_depth gauge',
      `coffer_audit_queue_depth ${auditQueueDepth}`);
    return `${lines.join('\n')}\n`;
  }
}
