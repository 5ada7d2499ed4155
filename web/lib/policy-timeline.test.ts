import type { PolicyStatusChange } from '@forum/shared';
import { byLatestActivity, latestStatusChange, orderStatusHistory } from './policy-timeline';

const change = (id: number, status: PolicyStatusChange['status'], date: string): PolicyStatusChange => ({ id, status, date, note: null });

describe("a policy paper's status timeline", () => {
  it('reads oldest first, whatever order the editors entered the changes in', () => {
    const history = [change(3, 'adopted', '2026-09-29'), change(1, 'draft', '2026-04-06'), change(2, 'submitted', '2026-06-08')];
    expect(orderStatusHistory(history).map((step) => step.status)).toEqual(['draft', 'submitted', 'adopted']);
  });

  it('orders two changes of the same day by the paper lifecycle', () => {
    const history = [change(9, 'response_received', '2026-07-14'), change(10, 'submitted', '2026-07-14'), change(8, 'draft', '2026-06-01')];
    expect(orderStatusHistory(history).map((step) => step.status)).toEqual(['draft', 'submitted', 'response_received']);
  });

  it('does not reorder the list it was given', () => {
    const history = [change(2, 'submitted', '2026-06-08'), change(1, 'draft', '2026-04-06')];
    orderStatusHistory(history);
    expect(history.map((step) => step.id)).toEqual([2, 1]);
  });

  it('takes the latest change as the current step, and nothing for a paper without history', () => {
    expect(latestStatusChange([change(1, 'draft', '2026-04-06'), change(2, 'rejected', '2026-11-17')])?.status).toBe('rejected');
    expect(latestStatusChange(undefined)).toBeUndefined();
    expect(orderStatusHistory(undefined)).toEqual([]);
  });

  it('lists the papers with the most recent activity first', () => {
    const papers = [
      { title: 'Export', statusHistory: [change(1, 'submitted', '2026-11-16')] },
      { title: 'No history yet' },
      { title: 'Taxation', statusHistory: [change(2, 'draft', '2026-09-25'), change(3, 'rejected', '2026-11-17')] },
      { title: 'Premises', statusHistory: [change(4, 'adopted', '2026-10-26')] },
    ];
    expect(byLatestActivity(papers).map((paper) => paper.title)).toEqual(['Taxation', 'Export', 'Premises', 'No history yet']);
  });
});
