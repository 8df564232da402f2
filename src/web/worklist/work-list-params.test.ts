// The work list's URL: what it holds and what a hand-edited one turns into.
import { describe, expect, test } from 'vitest';
import { readWorkListParams, workListSearch } from './work-list-params.ts';

describe('work list in the URL', () => {
  test('reads the tab, statuses, channel, words and page', () => {
    const params = readWorkListParams(
      new URLSearchParams('list=overdue&status=received,in_progress&channel=post&q=nguyen+van&page=3'),
    );
    expect(params).toEqual({
      list: 'overdue',
      status: ['received', 'in_progress'],
      channel: 'post',
      q: 'nguyen van',
      page: 3,
    });
    expect(workListSearch(params)).toBe(
      '?list=overdue&status=received%2Cin_progress&channel=post&q=nguyen+van&page=3',
    );
  });

  test('unknown values fall back to "all", no filter and page 1', () => {
    expect(
      readWorkListParams(new URLSearchParams('list=everything&status=lost,received&channel=fax&page=-2')),
    ).toEqual({ list: 'all', status: ['received'], channel: '', q: '', page: 1 });
    expect(workListSearch(readWorkListParams(new URLSearchParams('')))).toBe('');
  });
});
