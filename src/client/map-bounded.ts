/**
 * Bounded parallelism: `fn` over every item, at most `limit` at once, results in input order.
 * A batch of a thousand secrets must not open a thousand requests (the agent would queue them
 * anyway, but each would hold its token, body and timer meanwhile) nor run them one by one.
 *
 * The first rejection rejects the whole; items not yet started are not started. Items already
 * running finish on their own (a request cannot be taken back), their results dropped.
 */

export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a whole number of at least 1');
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
