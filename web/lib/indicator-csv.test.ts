import type { IndicatorOutcome } from '@forum/shared';
import { indicatorColumns, indicatorCsv } from './indicator-csv';

const outcome = (fields: Partial<IndicatorOutcome>) =>
  ({ documentId: 'i', key: 'associations_catalogued', title: 'Associations, in the catalogue', unit: 'associations', baseline: 0, target: 50, actual: 26, rule: 'associations_catalogued', source: 'content', manualActual: null, periodStart: '2026-11-02', periodEnd: null, stage: { number: 3 }, ...fields }) as IndicatorOutcome;

describe('the indicators as CSV', () => {
  it('dates every row and gives the progress the page shows', () => {
    const [header, row, empty] = indicatorCsv([outcome({})], '2026-11-27').split('\r\n');
    expect(header).toBe(`\uFEFF${indicatorColumns.join(',')}`);
    expect(row).toBe('3,associations_catalogued,"Associations, in the catalogue",associations,0,50,26,52,content,2026-11-02,,2026-11-27');
    expect(empty).toBe('');
  });

  it('leaves the actual value and the progress empty when the editors have not entered it', () => {
    const row = indicatorCsv([outcome({ rule: 'manual', source: 'editors', actual: null })], '2026-11-27').split('\r\n')[1];
    expect(row).toBe('3,associations_catalogued,"Associations, in the catalogue",associations,0,50,,,editors,2026-11-02,,2026-11-27');
  });
});
