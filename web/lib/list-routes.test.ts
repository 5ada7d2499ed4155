import { listRewrite } from './list-routes';

const rewrite = (address: string) => {
  const url = new URL(address, 'http://portal.test');
  return listRewrite(url.pathname, url.searchParams);
};

describe('listRewrite', () => {
  it('leaves a list without filters, or with nothing the list understands, to its prerendered page', () => {
    expect(rewrite('/ru/news')).toBeNull();
    expect(rewrite('/ru/news?utm_source=mail&page=1')).toBeNull();
    expect(rewrite('/en/events?kind=banquet&sector=NOT%20A%20SLUG')).toBeNull();
  });

  it('sends a list with filters to its filtered route, with the filters it understands in a stable order', () => {
    expect(rewrite('/ru/news?page=2&sector=design&utm_source=mail')).toEqual({ pathname: '/ru/_lists/news', search: 'sector=design&page=2' });
    expect(rewrite('/ru/news?sector=design&sector=music&page=2')).toEqual(rewrite('/ru/news?page=2&sector=design'));
    expect(rewrite('/en/policy?status=adopted')).toEqual({ pathname: '/en/_lists/policy', search: 'status=adopted' });
    expect(rewrite('/en/associations?kind=professional_union&sector=design')).toEqual({
      pathname: '/en/_lists/associations',
      search: 'sector=design&kind=professional_union',
    });
    expect(rewrite('/ru/associations?q=%D0%BC%D0%B5%D0%B1%D0%B5%D0%BB%D1%8C')).toEqual({
      pathname: '/ru/_lists/associations',
      search: 'q=%D0%BC%D0%B5%D0%B1%D0%B5%D0%BB%D1%8C',
    });
  });

  it('leaves items, other sections and unknown languages alone', () => {
    expect(rewrite('/ru/news/some-article?sector=design')).toBeNull();
    expect(rewrite('/ru/search?q=design')).toBeNull();
    expect(rewrite('/de/news?sector=design')).toBeNull();
  });
});
