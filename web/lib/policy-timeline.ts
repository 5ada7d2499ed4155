import { policyStatusChangeStatusValues, type PolicyStatusChange } from '@forum/shared';

// The order of the statuses in a paper's life, to order two changes made on the same day.
const lifecycleRank = Object.fromEntries(policyStatusChangeStatusValues.map((status, index) => [status, index])) as Record<
  PolicyStatusChange['status'],
  number
>;

/**
 * A paper's status changes, oldest first, whatever order the editors entered them in; changes on the
 * same day follow the paper's lifecycle (draft, submitted, response received, adopted or rejected).
 */
export function orderStatusHistory(history: readonly PolicyStatusChange[] | undefined): PolicyStatusChange[] {
  return [...(history ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || lifecycleRank[a.status] - lifecycleRank[b.status] || a.id - b.id,
  );
}

/** The paper's latest status change, or undefined when it has none. */
export function latestStatusChange(history: readonly PolicyStatusChange[] | undefined): PolicyStatusChange | undefined {
  return orderStatusHistory(history).at(-1);
}

/** Papers with the most recent activity first (those without a history last, by title). */
export function byLatestActivity<T extends { title: string; statusHistory?: PolicyStatusChange[] }>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => {
    const dateA = latestStatusChange(a.statusHistory)?.date ?? '';
    const dateB = latestStatusChange(b.statusHistory)?.date ?? '';
    return dateB.localeCompare(dateA) || a.title.localeCompare(b.title);
  });
}
