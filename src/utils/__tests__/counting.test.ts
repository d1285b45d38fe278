import { describe, expect, it } from 'vitest';
import { countOf } from '../counting.ts';

describe('countOf', () => {
  it('says one in the singular and every other count in the plural, with thousands separated', () => {
    expect([0, 1, 2, 23456].map((n) => countOf(n, 'article'))).toEqual(['0 articles', '1 article', '2 articles', '23,456 articles']);
    expect(countOf(1, 'duty', 'duties')).toBe('1 duty');
    expect(countOf(19, 'duty', 'duties')).toBe('19 duties');
  });
});
