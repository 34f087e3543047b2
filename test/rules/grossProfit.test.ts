import { addDays, format, getYear, parseISO } from 'date-fns';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grossProfit, isStaffcoreError, solveBillRate, type GrossProfitFigures, type GrossProfitInput, type StaffcoreError } from '../../src/index.js';

const refused = (run: () => unknown): StaffcoreError => {
  try {
    run();
  } catch (error) {
    expect(isStaffcoreError(error, 'VALIDATION')).toBe(true);
    return error as StaffcoreError;
  }
  throw new Error('expected a VALIDATION error');
};

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

describe('grossProfit', () => {
  it('works out a plain placement: per hour, per week, in all, GP % and markup %', () => {
    const gp = grossProfit({ payRate: '18.50', billRate: '27.75', hoursPerWeek: 40, weeks: 13, medicare: { rate: '1.45' } });
    // paid 18.50 × 40 = 740.00; billed 27.75 × 40 = 1110.00; Medicare 740.00 × 1.45 % = 10.73
    // GP per week 1110.00 − 740.00 − 10.73 = 359.27; in all × 13 = 4670.51; per hour 359.27 / 40 = 8.98175 → 8.98
    expect(gp.periods).toHaveLength(1);
    expect(gp.periods[0]!.perWeek).toMatchObject({ billed: '1110.00', paid: '740.00', cost: '750.73', grossProfit: '359.27' });
    expect(gp.grossProfitPerWeek).toBe('359.27');
    expect(gp.grossProfit).toBe('4670.51');
    expect(gp.grossProfitPerHour).toBe('8.98');
    // 4670.51 / 14430.00 = 0.323666… → 32.37 %; markup (27.75 − 18.50) / 18.50 = 50 %
    expect(gp.gpPercent).toBe('32.37');
    expect(gp.markupPercent).toBe('50.00');
    expect(gp.totals).toMatchObject({ hours: '520', billed: '14430.00', paid: '9620.00', vmsFee: '0.00' });
    expect(gp.totals.burden).toMatchObject({ medicare: '139.49', total: '139.49' });
  });

  it('applies FUTA and SUTA wage bases week by week, crossing each mid-assignment', () => {
    const gp = grossProfit({
      payRate: '18.50',
      billRate: '27.75',
      hoursPerWeek: '40',
      weeks: 13,
      startDate: '2026-03-02',
      fica: { rate: '6.2', wageBase: '176100' },
      medicare: { rate: '1.45' },
      futa: { rate: '0.6', wageBase: '7000' },
      suta: { rate: '2.7', wageBase: '9000' },
      workerCompRate: '3.5',
    });
    // Each week: paid 740.00, billed 1110.00; FICA 740 × 6.2 % = 45.88; Medicare 10.73; WC 740 × 3.5 % = 25.90
    // FUTA 740 × 0.6 % = 4.44 for weeks 1–9 (6660.00 paid); week 10 has 7000 − 6660 = 340.00 left → 2.04; then 0
    // SUTA 740 × 2.7 % = 19.98 for weeks 1–12 (8880.00 paid); week 13 has 9000 − 8880 = 120.00 left → 3.24
    const runs = gp.periods.map((p) => [p.firstWeek, p.lastWeek, p.startDate, p.endDate, p.perWeek.burden.futa, p.perWeek.burden.suta, p.perWeek.grossProfit]);
    expect(runs).toEqual([
      // burden 45.88 + 10.73 + 4.44 + 19.98 + 25.90 = 106.93; GP 1110 − 740 − 106.93 = 263.07
      [1, 9, '2026-03-02', '2026-05-03', '4.44', '19.98', '263.07'],
      // 2026-03-02 + 63 days = 2026-05-04; burden 104.53, GP 265.47
      [10, 10, '2026-05-04', '2026-05-10', '2.04', '19.98', '265.47'],
      [11, 12, '2026-05-11', '2026-05-24', '0.00', '19.98', '267.51'],
      // burden 45.88 + 10.73 + 0 + 3.24 + 25.90 = 85.75; GP 284.25
      [13, 13, '2026-05-25', '2026-05-31', '0.00', '3.24', '284.25'],
    ]);
    // FUTA 9 × 4.44 + 2.04 = 42.00 (= 7000 × 0.6 %); SUTA 12 × 19.98 + 3.24 = 243.00 (= 9000 × 2.7 %)
    // FICA 13 × 45.88 = 596.44; Medicare 13 × 10.73 = 139.49; WC 13 × 25.90 = 336.70; burden 1357.63
    expect(gp.totals.burden).toEqual({ fica: '596.44', medicare: '139.49', futa: '42.00', suta: '243.00', workerComp: '336.70', branch: '0.00', additional: '0.00', total: '1357.63' });
    // cost 9620.00 + 1357.63 = 10977.63; GP 14430.00 − 10977.63 = 3452.37 = 9 × 263.07 + 265.47 + 2 × 267.51 + 284.25
    expect(gp.totals).toMatchObject({ billed: '14430.00', paid: '9620.00', cost: '10977.63', grossProfit: '3452.37' });
    // 3452.37 / 14430 = 23.9249… %; per week 3452.37 / 13 = 265.566… → 265.57; per hour / 520 = 6.639… → 6.64
    expect([gp.gpPercent, gp.grossProfitPerWeek, gp.grossProfitPerHour]).toEqual(['23.92', '265.57', '6.64']);
  });

  it('starts the wage base again in January, with overtime, earlier wages, a per-hour burden and a VMS fee', () => {
    const gp = grossProfit({
      payRate: '20',
      billRate: '30',
      hoursPerWeek: 40,
      overtimeHoursPerWeek: 5,
      overtimeBillFactor: '1.4',
      weeks: 8,
      startDate: '2026-11-30',
      wagesPaidThisYear: '4500',
      medicare: { rate: '1.45' },
      futa: { rate: '0.6', wageBase: '7000' },
      additionalBurden: { perHour: '0.25' },
      vmsFeePercent: '2',
    });
    // paid 40 × 20.00 = 800.00 + 5 × 20.00 × 1.5 = 150.00 → 950.00; billed 40 × 30.00 = 1200.00 + 5 × 42.00 = 210.00 → 1410.00
    // Medicare 950 × 1.45 % = 13.775 → 13.78 (half up); additional 45 h × 0.25 = 11.25; VMS 1410 × 2 % = 28.20
    // FUTA: 7000 − 4500 = 2500 left: weeks 1–2 (Nov 30 – Dec 13) 950 × 0.6 % = 5.70; week 3 600.00 left → 3.60;
    // week 4 (Dec 21–27) nothing; week 5 ends 2027-01-03, so the base starts again: 5.70 to the end
    expect(gp.periods.map((p) => [p.firstWeek, p.lastWeek, p.perWeek.burden.futa, p.perWeek.grossProfit])).toEqual([
      // full week: burden 13.78 + 5.70 + 11.25 = 30.73; cost 950 + 30.73 + 28.20 = 1008.93; GP 401.07
      [1, 2, '5.70', '401.07'],
      [3, 3, '3.60', '403.17'],
      [4, 4, '0.00', '406.77'],
      [5, 8, '5.70', '401.07'],
    ]);
    expect(gp.periods[3]!.startDate).toBe('2026-12-28');
    // FUTA 2 × 5.70 + 3.60 + 4 × 5.70 = 37.80; burden 8 × 13.78 + 37.80 + 8 × 11.25 = 110.24 + 37.80 + 90.00 = 238.04
    // cost 7600.00 + 238.04 + 225.60 = 8063.64; GP 11280.00 − 8063.64 = 3216.36
    expect(gp.totals).toMatchObject({ hours: '360', billed: '11280.00', paid: '7600.00', vmsFee: '225.60', cost: '8063.64', grossProfit: '3216.36' });
    expect(gp.totals.burden).toMatchObject({ medicare: '110.24', futa: '37.80', additional: '90.00', total: '238.04' });
    // 3216.36 / 11280 = 28.514 %; markup (30 − 20) / 20 = 50 %; per hour 3216.36 / 360 = 8.934 → 8.93
    expect([gp.gpPercent, gp.markupPercent, gp.grossProfitPerHour]).toEqual(['28.51', '50.00', '8.93']);
  });

  it('does not count wages paid in the start date’s year against a first week that ends in January', () => {
    // Week 1 runs 2026-12-29 – 2027-01-04: it is paid in 2027, whose bases start again, so the 6,900.00
    // paid in 2026 does not count: 800.00 × 0.6 % = 4.80 in each week.
    const gp = grossProfit({ payRate: '20.00', billRate: '30.00', hoursPerWeek: 40, startDate: '2026-12-29', weeks: 2, futa: { rate: '0.6', wageBase: '7000' }, wagesPaidThisYear: '6900' });
    expect(gp.totals.burden.futa).toBe('9.60');
    expect(gp.periods.map((p) => [p.firstWeek, p.lastWeek, p.perWeek.burden.futa])).toEqual([[1, 2, '4.80']]);
    // A week that ends on 2026-12-31 is still paid in 2026: 100.00 of the base is left, 0.60.
    const inDecember = grossProfit({ payRate: '20.00', billRate: '30.00', hoursPerWeek: 40, startDate: '2026-12-25', weeks: 2, futa: { rate: '0.6', wageBase: '7000' }, wagesPaidThisYear: '6900' });
    expect(inDecember.periods.map((p) => [p.firstWeek, p.lastWeek, p.perWeek.burden.futa])).toEqual([
      [1, 1, '0.60'],
      [2, 2, '4.80'],
    ]);
  });

  it('bills and pays double time with its factors, and burdens a percent of pay', () => {
    const gp = grossProfit({ payRate: '15.55', billRate: '22.10', hoursPerWeek: 0, doubleTimeHoursPerWeek: '8.5', weeks: 1, branchBurdenPercent: '1.5', additionalBurden: { percentOfPay: '0.5' } });
    // paid 15.55 × 2 × 8.5 = 264.35; billed 22.10 × 2 × 8.5 = 375.70; branch 264.35 × 1.5 % = 3.96525 → 3.97;
    // additional 264.35 × 0.5 % = 1.32175 → 1.32; GP 375.70 − 264.35 − 3.97 − 1.32 = 106.06
    expect(gp.totals).toMatchObject({ billed: '375.70', paid: '264.35', cost: '269.64', grossProfit: '106.06' });
    expect(gp.totals.burden).toMatchObject({ branch: '3.97', additional: '1.32' });
  });

  it('switches a tax off without removing its rate', () => {
    const on = grossProfit({ payRate: '10', billRate: '15', hoursPerWeek: 10, weeks: 1, fica: { rate: '6.2' } });
    const off = grossProfit({ payRate: '10', billRate: '15', hoursPerWeek: 10, weeks: 1, fica: { rate: '6.2', enabled: false } });
    expect([on.totals.burden.fica, off.totals.burden.fica]).toEqual(['6.20', '0.00']);
  });

  it('gives GP % as null with a reason for a zero bill rate, never NaN', () => {
    const gp = grossProfit({ payRate: '18', billRate: '0', hoursPerWeek: 40, weeks: 2 });
    expect(gp.gpPercent).toBeNull();
    expect(gp.gpPercentReason).toBe('the bill rate is zero: GP % of billing is not defined');
    expect(gp.grossProfit).toBe('-1440.00');
    expect(gp.markupPercent).toBe('-100.00');
    const unpaid = grossProfit({ payRate: 0, billRate: 10, hoursPerWeek: 0, weeks: 1 });
    expect([unpaid.markupPercent, unpaid.markupPercentReason, unpaid.grossProfitPerHour]).toEqual([null, 'the pay rate is zero: markup over pay is not defined', null]);
  });

  it('refuses a negative or non-numeric figure with VALIDATION naming the field', () => {
    const base: GrossProfitInput = { payRate: '18', billRate: '27', hoursPerWeek: 40, weeks: 4 };
    expect(refused(() => grossProfit({ ...base, payRate: '-1' })).details.path).toEqual(['payRate']);
    expect(refused(() => grossProfit({ ...base, billRate: 'twenty' })).message).toBe('[staffcore] Invalid gross-profit input: billRate: must be a decimal such as "12.50"');
    expect(refused(() => grossProfit({ ...base, futa: { rate: 'x' } })).details.path).toEqual(['futa', 'rate']);
    expect(refused(() => grossProfit({ ...base, futa: { rate: '0.6', wageBase: '7000' } })).details.path).toEqual(['startDate']);
    expect(refused(() => grossProfit({ ...base, weeks: 1.5 })).details.path).toEqual(['weeks']);
    expect(refused(() => grossProfit({ ...base, hoursPerWeek: Number.NaN })).details.path).toEqual(['hoursPerWeek']);
    expect(refused(() => grossProfit({ ...base, additionalBurden: { perHour: '-0.10' } })).details.path).toEqual(['additionalBurden', 'perHour']);
    expect(refused(() => grossProfit({ ...base, startDate: '2026-02-30' })).details.path).toEqual(['startDate']);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ payRate: '18', billRate: '27', hoursPerWeek: 40, weeks: 60, startDate: '2026-01-05', futa: { rate: '0.6', wageBase: '7000' } });
    const copy = structuredClone(input);
    grossProfit(input);
    expect(input).toEqual(copy);
  });
});

const rate = fc.integer({ min: 0, max: 20_000 }).map((c) => (c / 100).toFixed(2));
const percent = fc.integer({ min: 0, max: 1500 }).map((c) => (c / 100).toFixed(2));
const cappedTax = fc.record({ rate: percent, wageBase: fc.option(fc.integer({ min: 0, max: 20_000 }).map(String), { nil: undefined }) });
const placement = fc.record({
  payRate: rate,
  hoursPerWeek: fc.integer({ min: 0, max: 6000 }).map((c) => (c / 100).toFixed(2)),
  overtimeHoursPerWeek: fc.integer({ min: 0, max: 2000 }).map((c) => (c / 100).toFixed(2)),
  weeks: fc.integer({ min: 1, max: 60 }),
  startDate: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fica: cappedTax,
  futa: cappedTax,
  workerCompRate: percent,
  vmsFeePercent: fc.integer({ min: 0, max: 500 }).map((c) => (c / 100).toFixed(2)),
});

const sum = (...values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed(2);
const isConsistent = (f: GrossProfitFigures) =>
  f.cost === sum(f.paid, f.burden.total, f.vmsFee) &&
  f.grossProfit === new Decimal(f.billed).minus(f.cost).toFixed(2) &&
  f.burden.total === sum(f.burden.fica, f.burden.medicare, f.burden.futa, f.burden.suta, f.burden.workerComp, f.burden.branch, f.burden.additional);

describe('grossProfit properties', () => {
  it('GP = billed − cost exactly, per week and in all, and the weeks add up to the totals', () => {
    fc.assert(
      fc.property(placement, rate, (input, billRate) => {
        const gp = grossProfit({ ...input, billRate });
        expect(gp.periods.every((p) => isConsistent(p.perWeek))).toBe(true);
        expect(isConsistent(gp.totals)).toBe(true);
        const times = (pick: (f: GrossProfitFigures) => string) =>
          gp.periods.reduce((total, p) => total.plus(new Decimal(pick(p.perWeek)).times(p.lastWeek - p.firstWeek + 1)), new Decimal(0)).toFixed(2);
        for (const pick of [(f: GrossProfitFigures) => f.billed, (f: GrossProfitFigures) => f.cost, (f: GrossProfitFigures) => f.grossProfit, (f: GrossProfitFigures) => f.burden.futa]) {
          expect(times(pick)).toBe(pick(gp.totals));
        }
        expect(gp.periods.at(-1)!.lastWeek).toBe(input.weeks);
      }),
    );
  });

  it('splitting at a year end equals working out each year on its own', () => {
    const paidBefore = fc.option(fc.integer({ min: 0, max: 30_000 }).map(String), { nil: undefined });
    fc.assert(
      fc.property(placement, rate, paidBefore, fc.record({ rate: percent, wageBase: fc.integer({ min: 0, max: 20_000 }).map(String) }), (input, billRate, wagesPaidThisYear, suta) => {
        const whole = { ...input, weeks: input.weeks + 52, billRate, suta, ...(wagesPaidThisYear === undefined ? {} : { wagesPaidThisYear }) };
        const start = parseISO(whole.startDate);
        // A week is paid in the year of its last day: the weeks before the first one paid in a later year form the first part.
        const yearOf = (week: number) => getYear(addDays(start, 7 * week - 1));
        let first = 1;
        while (first < whole.weeks && yearOf(first + 1) === yearOf(1)) first += 1;
        // A placement whose weeks all end in one year (it starts in the last days of the year before) has no year end to split at.
        fc.pre(first < whole.weeks);
        const secondStart = addDays(start, 7 * first);
        const weekly = (gp: ReturnType<typeof grossProfit>) => gp.periods.flatMap((p) => Array.from({ length: p.lastWeek - p.firstWeek + 1 }, () => p.perWeek));
        const all = grossProfit(whole);
        const before = grossProfit({ ...whole, weeks: first });
        // The second part starts in the first part's last year (late December) or the next one; the
        // wages paid in its start year before it are the earlier wages and the first part's, or none.
        const paidInStartYear = getYear(secondStart) === yearOf(1) ? new Decimal(wagesPaidThisYear ?? 0).plus(before.totals.paid).toFixed(2) : '0';
        const after = grossProfit({ ...whole, startDate: format(secondStart, 'yyyy-MM-dd'), weeks: whole.weeks - first, wagesPaidThisYear: paidInStartYear });
        expect(weekly(all)).toEqual([...weekly(before), ...weekly(after)]);
        expect(all.totals.burden.futa).toBe(sum(before.totals.burden.futa, after.totals.burden.futa));
        expect(all.totals.grossProfit).toBe(sum(before.totals.grossProfit, after.totals.grossProfit));
      }),
    );
  });

  it('never taxes more than the wage base in a calendar year', () => {
    fc.assert(
      fc.property(placement, (input) => {
        fc.pre(input.futa.wageBase !== undefined && input.weeks <= 52);
        const gp = grossProfit({ ...input, billRate: '1' });
        const byYear = new Map<string, Decimal>();
        const weeksIn = new Map<string, number>();
        for (const p of gp.periods) {
          for (let week = p.firstWeek; week <= p.lastWeek; week += 1) {
            const lastDay = new Date(Date.parse(`${input.startDate}T00:00:00Z`) + (7 * week - 1) * 86_400_000);
            const year = String(lastDay.getUTCFullYear());
            byYear.set(year, (byYear.get(year) ?? new Decimal(0)).plus(p.perWeek.burden.futa));
            weeksIn.set(year, (weeksIn.get(year) ?? 0) + 1);
          }
        }
        // Each week's tax is rounded to the cent, so a year's tax may exceed rate × base by half a cent a week.
        const most = new Decimal(input.futa.wageBase!).times(input.futa.rate).div(100);
        for (const [year, tax] of byYear) expect(tax.lte(most.plus(new Decimal('0.005').times(weeksIn.get(year)!)))).toBe(true);
      }),
    );
  });
});

describe('solveBillRate', () => {
  it('finds the bill rate of a target markup', () => {
    // 20.00 × 1.40 = 28.00
    expect(solveBillRate({ payRate: '20.00', targetMarkupPercent: '40' }).billRate).toBe('28.00');
    // 17.33 × 1.35 = 23.3955 → the next cent up, 23.40
    expect(solveBillRate({ payRate: '17.33', targetMarkupPercent: 35 }).billRate).toBe('23.40');
  });

  it('finds the smallest bill rate of a target GP %', () => {
    const solved = solveBillRate({ payRate: '20.00', targetGpPercent: '25', medicare: { rate: '1.45' } });
    // cost 800.00 + 11.60 = 811.60; billed ≥ 811.60 / 0.75 = 1082.13…; 40 × 27.06 = 1082.40 (GP 270.80, 25.02 %),
    // while 40 × 27.05 = 1082.00 leaves GP 270.40, 24.99 %
    expect(solved.billRate).toBe('27.06');
    expect(solved.result.gpPercent).toBe('25.02');
    expect(grossProfit({ payRate: '20.00', billRate: '27.05', hoursPerWeek: 40, weeks: 1, medicare: { rate: '1.45' } }).gpPercent).toBe('24.99');
  });

  it('refuses a target the VMS fee makes unreachable, and two targets', () => {
    expect(refused(() => solveBillRate({ payRate: '20', targetGpPercent: '95', vmsFeePercent: '5' })).details.path).toEqual(['targetGpPercent']);
    expect(refused(() => solveBillRate({ payRate: '20', targetGpPercent: '20', targetMarkupPercent: '20' } as never)).details.path).toEqual(['targetGpPercent']);
    expect(refused(() => solveBillRate({ payRate: '20', targetGpPercent: '-5' })).details.path).toEqual(['targetGpPercent']);
  });

  it('round trip: grossProfit at the rate found reaches the target, and one cent less does not', () => {
    fc.assert(
      fc.property(placement, fc.integer({ min: 0, max: 6000 }), fc.boolean(), (input, target, byGp) => {
        fc.pre(new Decimal(input.hoursPerWeek).gt(0) && new Decimal(input.payRate).gt(0));
        const targetPercent = (target / 100).toFixed(2);
        const solved = solveBillRate(byGp ? { ...input, targetGpPercent: targetPercent } : { ...input, targetMarkupPercent: targetPercent });
        const reaches = (billRate: string) => {
          const { totals } = grossProfit({ ...input, billRate });
          // Nothing billed is no GP % at all (gpPercent is null), so it reaches no target.
          return byGp
            ? totals.billed !== '0.00' && new Decimal(totals.grossProfit).times(100).gte(new Decimal(targetPercent).times(totals.billed))
            : new Decimal(billRate).minus(input.payRate).times(100).gte(new Decimal(targetPercent).times(input.payRate));
        };
        expect(reaches(solved.billRate)).toBe(true);
        expect(solved.result).toEqual(grossProfit({ ...input, billRate: solved.billRate }));
        const lower = new Decimal(solved.billRate).minus('0.01');
        if (lower.gte(0)) expect(reaches(lower.toFixed(2))).toBe(false);
      }),
    );
  });
});
