/**
 * A bounded pool: runs `work` over items with at most `limit` in flight and returns results in
 * the items' order. Bounded because a remote vault throttles (429) a burst of hundreds of gets,
 * and an unbounded fan-out buys nothing once the vault is the bottleneck.
 */

/**
 * Maps `items` through `work`, `limit` at a time. The first failure rejects the whole map;
 * workers finish the item they hold and start no other.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapBounded: limit must be a whole number of at least 1, not ${String(limit)}.`);
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
