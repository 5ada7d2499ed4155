import { pageWindow } from './pagination';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and two pages either side of the current one, with gaps between', () => {
    expect(pageWindow(300, 4167)).toEqual([1, 'gap', 298, 299, 300, 301, 302, 'gap', 4167]);
    expect(pageWindow(1, 4167)).toEqual([1, 2, 3, 'gap', 4167]);
    expect(pageWindow(4167, 4167)).toEqual([1, 'gap', 4165, 4166, 4167]);
  });

  it('shows a single left-out page rather than a gap for it', () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('centres a page past the last one on the last page', () => {
    expect(pageWindow(99, 10)).toEqual([1, 'gap', 8, 9, 10]);
  });

  it('shows nothing for an empty list', () => {
    expect(pageWindow(1, 0)).toEqual([]);
  });
});
