import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/adapters/port/base64url.js';
import { decodeCursor, encodeCursor } from '../../../src/adapters/port/cursor.js';
import { isStaffcoreError, messages } from '../../../src/errors/index.js';

describe('toBase64Url', () => {
  it('encodes UTF-8 text as Node does, and decodes it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const encoded = toBase64Url(text);
        expect(encoded).toBe(Buffer.from(text, 'utf8').toString('base64url'));
        expect(fromBase64Url(encoded)).toBe(text);
      }),
    );
  });

  it('encodes a key too long to spread into String.fromCharCode', () => {
    const text = 'ü'.repeat(300_000);
    expect(fromBase64Url(toBase64Url(text))).toBe(text);
  });
});

describe('fromBase64Url', () => {
  it('refuses characters outside the alphabet, an impossible length and bytes that are not UTF-8', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab=c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url(Buffer.from([0xff, 0xfe, 0x41]).toString('base64url'))).toBeNull();
  });
});

describe('decodeCursor', () => {
  it('gives back the key and id encodeCursor was given', () => {
    expect(decodeCursor(encodeCursor('ünïcode 😀', '42'))).toEqual({ key: 'ünïcode 😀', id: '42' });
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses anything else with VALIDATION naming after', () => {
    const forged = [toBase64Url('["only one"]'), toBase64Url('{"key":"a","id":"1"}'), toBase64Url('[1,2]'), 'not a cursor', '', '%%%'];
    for (const cursor of forged) {
      let error: unknown;
      try {
        decodeCursor(cursor);
      } catch (e) {
        error = e;
      }
      expect(isStaffcoreError(error, 'VALIDATION'), cursor).toBe(true);
      expect((error as { details: { path: unknown } }).details.path).toEqual(['after']);
      expect((error as Error).message).toBe(`[staffcore] Invalid query: after: ${messages.notACursor}`);
    }
  });
});
