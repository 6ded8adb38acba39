/**
 * Runs `step` for each item, one after the other. Chunked reads and writes need one
 * context.sync() per chunk (5 MB request limit); this is the one place that sequencing lives,
 * written as recursion so each sync is an explicit, bounded step rather than a sync in a loop.
 */
export async function inSequence<T>(items: readonly T[], step: (item: T, index: number) => Promise<void>, index = 0): Promise<void> {
  const item = items[index];
  if (index >= items.length || item === undefined) return;
  await step(item, index);
  await inSequence(items, step, index + 1);
}
