import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Hours, Money, NonNegativeHours, Rate, sumMoney, toMoney } from '../../src/index.js';

const cents = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });
const asMoney = (c: bigint) => {
  const sign = c < 0n ? '-' : '';
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

describe('Money', () => {
  it('parses decimal strings and numbers to canonical two-place strings', () => {
    expect(Money.parse('12.5')).toBe('12.50');
    expect(Money.parse(3)).toBe('3.00');
    expect(Money.parse(' 0.1 ')).toBe('0.10');
    expect(Rate.parse('18.125')).toBe('18.1250');
  });

  it('refuses more places than it holds, and non-numbers', () => {
    expect(Money.safeParse('1.005').success).toBe(false);
    expect(Money.safeParse('1e3').success).toBe(false);
    expect(Money.safeParse(Number.NaN).success).toBe(false);
    expect(Money.safeParse('abc').success).toBe(false);
  });

  it('parses exactly as decimal.js does', () => {
    // The checks Money, Rate and Hours made with decimal.js before they were written with strings.
    const withDecimalJs = (maxScale: number, signed: boolean) => (value: string | number) => {
      if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
      const text = typeof value === 'number' ? String(value) : value.trim();
      if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) return undefined;
      const parsed = new Decimal(text);
      if (!signed && parsed.isNegative() && !parsed.isZero()) return undefined;
      return parsed.decimalPlaces() > maxScale ? undefined : parsed.toFixed(maxScale);
    };
    const digits = (maxLength: number) => fc.array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { maxLength }).map((d) => d.join(''));
    const decimalText = fc
      .tuple(fc.constantFrom('', '-', ' ', '+'), digits(17), fc.constantFrom('', '.'), digits(45), fc.constantFrom('', ' ', 'e1'))
      .map((parts) => parts.join(''));
    const input = fc.oneof(decimalText, fc.double(), fc.integer(), fc.string());
    fc.assert(
      fc.property(input, (value) => {
        for (const [schema, maxScale, signed] of [[Money, 2, true], [Rate, 4, false], [Hours, 2, true], [NonNegativeHours, 2, false]] as const) {
          const result = schema.safeParse(value);
          expect(result.success ? result.data : undefined).toBe(withDecimalJs(maxScale, signed)(value));
        }
      }),
      { numRuns: 2000 },
    );
    expect(Money.parse('-0.00')).toBe('0.00');
    expect(Money.parse('-000.10')).toBe('-0.10');
    expect(Rate.parse('007.50000')).toBe('7.5000');
    expect(Rate.parse('-0.00')).toBe('0.0000');
    expect(Rate.safeParse('-1').error?.issues[0]?.message).toBe('rate must not be negative');
    expect(Hours.parse('-0.25')).toBe('-0.25');
    expect(NonNegativeHours.safeParse('-0.25').success).toBe(false);
  });

  it('adds exactly, as integer cents do', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0n);
        expect(sumMoney(values.map(asMoney))).toBe(asMoney(total));
      }),
    );
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
  });

  it('rounds half up to cents', () => {
    expect(toMoney('2.345')).toBe('2.35');
    expect(toMoney('-2.345')).toBe('-2.35');
    expect(toMoney('2.344999')).toBe('2.34');
  });
});
