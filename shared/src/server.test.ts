import { sameSecret } from './server';

describe('sameSecret', () => {
  it('accepts the expected secret only', () => {
    expect(sameSecret('s3cret-value', 's3cret-value')).toBe(true);
    expect(sameSecret('s3cret-valuf', 's3cret-value')).toBe(false);
  });

  it('refuses a prefix, a longer value and an empty one without throwing on the different lengths', () => {
    expect(sameSecret('s3cret', 's3cret-value')).toBe(false);
    expect(sameSecret('s3cret-value-and-more', 's3cret-value')).toBe(false);
    expect(sameSecret('', 's3cret-value')).toBe(false);
  });
});
