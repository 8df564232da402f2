// The catalog's URL format: what the address bar holds and what a hand-edited one turns into.
import { describe, expect, test } from 'vitest';
import { catalogSearch, countActiveFilters, readCatalogParams } from './catalog-params.ts';

describe('catalog search in the URL', () => {
  test('reads every parameter of a full address', () => {
    const params = readCatalogParams(
      new URLSearchParams('q=khai+sinh&fieldId=3&level=commune&online=full&unitId=12&page=2'),
    );
    expect(params).toEqual({
      q: 'khai sinh',
      fieldId: '3',
      level: 'commune',
      online: 'full',
      unitId: '12',
      page: 2,
    });
    expect(countActiveFilters(params)).toBe(4);
  });

  test('drops malformed values instead of sending the API a request it refuses', () => {
    const params = readCatalogParams(
      new URLSearchParams('fieldId=abc&level=Cấp+xã&online=yes&unitId=-1&page=0'),
    );
    expect(params).toEqual({ q: '', fieldId: '', level: '', online: '', unitId: '', page: 1 });
  });

  test('writes only the values that are set, trimmed, and page 1 not at all', () => {
    expect(catalogSearch({ q: '  đăng ký ', fieldId: '', page: 1 })).toBe('?q=%C4%91%C4%83ng+k%C3%BD');
    expect(catalogSearch({ level: 'district', page: 3 })).toBe('?level=district&page=3');
    expect(catalogSearch({})).toBe('');
  });

  test('round-trips through the address bar', () => {
    const params = { q: 'dang ky', fieldId: '1', level: 'commune', online: 'any', unitId: '7', page: 4 };
    expect(readCatalogParams(new URLSearchParams(catalogSearch(params)))).toEqual(params);
  });
});
