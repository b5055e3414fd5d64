import { describe, it, expect } from '@jest/globals';
import { decodeContinuationToken, encodeContinuationToken, nextLink, pageOf, parseMaxResults, parseSkipToken } from '../../src/protocol/paging.js';
import { ORIGIN, badParameter } from './helpers.js';

describe('paging', () => {
  it('reads maxresults: default 25, 1-25 accepted', () => {
    expect(parseMaxResults([])).toBe(25);
    expect(parseMaxResults(['1'])).toBe(1);
    expect(parseMaxResults(['25'])).toBe(25);
  });

  it.each([['0'], ['26'], ['01'], ['1.5'], ['-1'], ['1e1'], [''], ['ten']])('refuses maxresults %s', (value) => {
    expect(badParameter(() => parseMaxResults([value]))).toBe('Invalid maxresults: expected one whole number from 1 to 25.');
  });

  it('refuses a repeated maxresults', () => {
    expect(badParameter(() => parseMaxResults(['5', '6']))).toBe('Invalid maxresults: expected one whole number from 1 to 25.');
  });

  it('round-trips a continuation token', () => {
    const token = encodeContinuationToken('db-password');
    expect(token).toBe(Buffer.from('v1:db-password').toString('base64url'));
    expect(decodeContinuationToken(token)).toBe('db-password');
    expect(parseSkipToken([token])).toBe('db-password');
    expect(parseSkipToken([])).toBeUndefined();
  });

  it.each([
    ['not base64!'],
    [Buffer.from('v2:name').toString('base64url')],
    [Buffer.from('v1:a/b').toString('base64url')],
    [Buffer.from('v1:').toString('base64url')],
    [`${Buffer.from('v1:name').toString('base64url')}=`],
    ['A'.repeat(201)],
  ])('refuses the token %s', (token) => {
    expect(badParameter(() => decodeContinuationToken(token))).toBe("Invalid $skiptoken: it is not a continuation token from this vault's nextLink.");
  });

  it('builds an absolute nextLink that keeps api-version and maxresults', () => {
    const link = nextLink(`${ORIGIN}/`, '/secrets', '7.5', 1, 'listsecrettest0');
    expect(link).toBe(`${ORIGIN}/secrets?api-version=7.5&$skiptoken=${encodeContinuationToken('listsecrettest0')}&maxresults=1`);
    const url = new URL(link);
    expect(url.searchParams.get('api-version')).toBe('7.5');
    expect(parseSkipToken(url.searchParams.getAll('$skiptoken'))).toBe('listsecrettest0');
    expect(parseMaxResults(url.searchParams.getAll('maxresults'))).toBe(1);
    expect(nextLink(ORIGIN, '/keys/k1/versions', '2025-07-01', 25, 'a'.repeat(32))).toContain('/keys/k1/versions?api-version=2025-07-01&');
    expect(badParameter(() => nextLink(ORIGIN, '/secrets?x=1', '7.5', 1, 'a'))).toBe('Invalid list path: expected /collection[/name/versions].');
  });

  it('pages a sorted list after a position, case-insensitively, and survives deletions', () => {
    const names = ['a', 'B', 'c', 'd', 'e'];
    const key = (n: string): string => n;
    expect(pageOf(names, key, 2, undefined)).toEqual({ items: ['a', 'B'], resumeAfter: 'B' });
    expect(pageOf(names, key, 2, 'b')).toEqual({ items: ['c', 'd'], resumeAfter: 'd' });
    expect(pageOf(names, key, 2, 'd')).toEqual({ items: ['e'], resumeAfter: undefined });
    expect(pageOf(['a', 'c', 'd'], key, 2, 'b')).toEqual({ items: ['c', 'd'], resumeAfter: undefined });
    expect(pageOf(['v2', 'v1'], key, 2, 'v0', false)).toEqual({ items: [], resumeAfter: undefined });
  });
});
