/**
 * The gross-profit benchmarks (issue #12): `npm run bench -- gp`.
 *
 * 22. `grossProfit` called 1,000,000 times (a 13-week placement with overtime, four taxes, worker
 *     comp and a VMS fee; no wage bases) and 100,000 times with wage bases (FICA, FUTA, SUTA capped,
 *     crossing a year end), vs the same formula in plain numbers (binary floats, `toFixed` strings)
 *     in the same run. Target: the exact version within 20× of the float one.
 * 23. A mass rate update of 100,000 assignments (pay +3 %, markup kept): `planRateChange` (one immer
 *     `produce` over the batch) vs a hand-written spread with the same decimal arithmetic (target
 *     ≤ 1.5×); and the write step alone (new rates known) as one `produce`, a spread, one `produce`
 *     per assignment record, and one `produce` per assignment over the batch (target: the single
 *     `produce` ≥ 50× faster than one per assignment).
 *
 * `GP_CALLS` (default 1,000,000) and `GP_BATCH` (default 100,000) scale the workloads.
 */
import { Immer } from 'immer';
import { Decimal } from '../src/model/decimal.js';
import { grossProfit, planRateChange, type Assignment, type GrossProfitInput, type Rate } from '../src/index.js';
import { median, ms, printTable, time } from './measure.js';

const calls = Number(process.env['GP_CALLS'] ?? 1_000_000);
const batchSize = Number(process.env['GP_BATCH'] ?? 100_000);

/** 1,000 placements cycled through, so neither side can keep one answer. */
function placements(capped: boolean): GrossProfitInput[] {
  return Array.from({ length: 1000 }, (_, n) => ({
    payRate: (15 + (n % 200) / 20).toFixed(2),
    billRate: (22 + (n % 300) / 20).toFixed(2),
    hoursPerWeek: 40,
    overtimeHoursPerWeek: n % 6,
    weeks: 13,
    ...(capped ? { startDate: `2026-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}` } : {}),
    fica: { rate: '6.2', ...(capped ? { wageBase: '176100' } : {}) },
    medicare: { rate: '1.45' },
    futa: { rate: '0.6', ...(capped ? { wageBase: '7000' } : {}) },
    suta: { rate: '2.7', ...(capped ? { wageBase: '9000' } : {}) },
    workerCompRate: '3.5',
    vmsFeePercent: '2',
  }));
}

/** The same calculator in plain numbers: the baseline the exact one is held against (not exact; that is the point). */
function floatGrossProfit(input: GrossProfitInput) {
  const r2 = (x: number) => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
  const pay = Number(input.payRate);
  const bill = Number(input.billRate);
  const regular = Number(input.hoursPerWeek);
  const overtime = Number(input.overtimeHoursPerWeek ?? 0);
  const hours = regular + overtime;
  const paid = r2(pay * regular) + r2(pay * 1.5 * overtime);
  const billed = r2(bill * regular) + r2(bill * 1.5 * overtime);
  const taxes = (['fica', 'medicare', 'futa', 'suta'] as const).map((name) => {
    const tax = input[name];
    return tax ? { rate: Number(tax.rate), base: tax.wageBase ? Number(tax.wageBase) : null } : null;
  });
  const wc = r2((paid * Number(input.workerCompRate ?? 0)) / 100);
  const fee = r2((billed * Number(input.vmsFeePercent ?? 0)) / 100);
  const start = input.startDate ? Date.parse(`${input.startDate}T00:00:00Z`) : null;
  let year = start === null ? 0 : new Date(start + 6 * 86_400_000).getUTCFullYear();
  let paidThisYear = 0;
  let taxTotal = 0;
  const runs: { first: number; last: number; tax: number[] }[] = [];
  for (let week = 1; week <= input.weeks; week++) {
    if (start !== null) {
      const weekYear = new Date(start + (7 * week - 1) * 86_400_000).getUTCFullYear();
      if (weekYear !== year) {
        year = weekYear;
        paidThisYear = 0;
      }
    }
    const tax = taxes.map((t) => {
      if (!t) return 0;
      const left = t.base === null ? paid : t.base - paidThisYear;
      return left >= paid ? r2((paid * t.rate) / 100) : left <= 0 ? 0 : r2((left * t.rate) / 100);
    });
    paidThisYear += paid;
    taxTotal += tax.reduce((a, b) => a + b, 0);
    const last = runs.at(-1);
    if (last && last.tax.every((v, i) => v === tax[i])) last.last = week;
    else runs.push({ first: week, last: week, tax });
  }
  const cost = paid * input.weeks + taxTotal + (wc + fee) * input.weeks;
  const gp = billed * input.weeks - cost;
  return {
    grossProfit: gp.toFixed(2),
    grossProfitPerWeek: r2(gp / input.weeks).toFixed(2),
    grossProfitPerHour: hours === 0 ? null : r2(gp / (hours * input.weeks)).toFixed(2),
    gpPercent: billed === 0 ? null : ((gp * 100) / (billed * input.weeks)).toFixed(2),
    markupPercent: pay === 0 ? null : (((bill - pay) * 100) / pay).toFixed(2),
    periods: runs.map((run) => ({ ...run, perWeek: { billed: billed.toFixed(2), paid: paid.toFixed(2), taxes: run.tax.map((t) => t.toFixed(2)), grossProfit: (billed - paid - wc - fee - run.tax.reduce((a, b) => a + b, 0)).toFixed(2) } })),
    totals: { billed: (billed * input.weeks).toFixed(2), paid: (paid * input.weeks).toFixed(2), cost: cost.toFixed(2) },
  };
}

async function benchCalculator(): Promise<void> {
  const rows: string[][] = [];
  for (const [label, capped, count] of [
    ['no wage bases', false, calls],
    ['wage bases, 13 weeks', true, Math.max(1, Math.round(calls / 10))],
  ] as const) {
    const inputs = placements(capped);
    // The float baseline must agree with the exact figures on these inputs, or the comparison is void.
    for (const input of inputs.slice(0, 50)) {
      const exact = grossProfit(input);
      const float = floatGrossProfit(input);
      if (exact.grossProfit !== float.grossProfit || exact.gpPercent !== float.gpPercent) {
        throw new Error(`the float baseline disagrees on ${JSON.stringify(input)}: ${exact.grossProfit} vs ${float.grossProfit}`);
      }
    }
    let sink = 0;
    const exact = await time(async () => {
      for (let i = 0; i < count; i++) sink += grossProfit(inputs[i % 1000]!).periods.length;
    });
    const float = await time(async () => {
      for (let i = 0; i < count; i++) sink += floatGrossProfit(inputs[i % 1000]!).periods.length;
    });
    if (sink === 0) throw new Error('nothing was computed');
    rows.push([label, count.toLocaleString('en-US'), ms(exact), `${((exact / count) * 1000).toFixed(1)} µs`, ms(float), `${((float / count) * 1000).toFixed(2)} µs`, `${(exact / float).toFixed(1)}×`]);
  }
  printTable(
    '22. grossProfit (exact, decimal.js) vs the same formula in plain numbers, same inputs, same run — ratio = exact / float (target ≤ 20×)',
    ['workload', 'calls', 'grossProfit', 'per call', 'float', 'per call', 'ratio'],
    rows,
  );
}

function batch(): Assignment[] {
  return Array.from({ length: batchSize }, (_, n) => ({
    id: String(n + 1),
    version: 1,
    orderId: String(1 + (n % 500)),
    customerId: String(1 + (n % 50)),
    employeeId: `E-${n}`,
    jobTitle: 'Picker',
    payRate: `${15 + (n % 20)}.${String(n % 100).padStart(2, '0')}00` as Rate,
    billRate: `${25 + (n % 20)}.${String((n * 7) % 100).padStart(2, '0')}00` as Rate,
    startDate: '2026-12-07',
    endDate: null,
    state: 'active',
    endReason: '',
    createdAt: '2026-11-22T09:00:00.000Z',
    createdBy: 'dana',
  })) as Assignment[];
}

/** planRateChange's arithmetic written out with spreads: the hand-written baseline. */
function spreadPlan(assignments: readonly Assignment[]) {
  const hundred = new Decimal(100);
  const cents = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const margin = (pay: string, bill: string) => {
    const spread = new Decimal(bill).minus(pay);
    return { perHour: cents(spread).toFixed(2), percent: Number(bill) === 0 ? null : cents(spread.times(hundred).div(bill)).toFixed(2) };
  };
  const rows: unknown[] = [];
  const next = assignments.map((a) => {
    const payRate = cents(new Decimal(a.payRate).times(hundred.plus('3')).div(hundred)).toFixed(4) as Rate;
    const billRate = Number(a.payRate) === 0 ? a.billRate : (cents(new Decimal(payRate).times(a.billRate).div(a.payRate)).toFixed(4) as Rate);
    const changed = payRate !== a.payRate || billRate !== a.billRate;
    const before = margin(a.payRate, a.billRate);
    const after = changed ? margin(payRate, billRate) : before;
    rows.push({ id: a.id, payRate: { before: a.payRate, after: payRate }, billRate: { before: a.billRate, after: billRate }, gpPerHour: { before: before.perHour, after: after.perHour }, gpPercent: { before: before.percent, after: after.percent } });
    return changed ? { ...a, payRate, billRate } : a;
  });
  return { next, rows };
}

async function benchMassUpdate(): Promise<void> {
  const base = batch();
  const runs = 5;
  const plan = { pay: { raiseByPercent: '3' }, keepMarkup: true } as const;
  const check = planRateChange(base, plan);
  const hand = spreadPlan(base);
  if (check.next.some((a, i) => a.payRate !== hand.next[i]!.payRate || a.billRate !== hand.next[i]!.billRate)) throw new Error('planRateChange and the spread baseline disagree');

  const planned: number[] = [];
  const spread: number[] = [];
  for (let i = 0; i < runs; i++) {
    planned.push(await time(async () => planRateChange(base, plan)));
    spread.push(await time(async () => spreadPlan(base)));
  }

  // The write step alone: the new rates are known; only how the new records are made differs.
  const immer = new Immer({ autoFreeze: false });
  const newPay = check.next.map((a) => a.payRate);
  const newBill = check.next.map((a) => a.billRate);
  const oneProduce = () =>
    immer.produce(base, (draft) => {
      for (let i = 0; i < base.length; i++) {
        const a = base[i]!;
        if (newPay[i] !== a.payRate) draft[i]!.payRate = newPay[i]!;
        if (newBill[i] !== a.billRate) draft[i]!.billRate = newBill[i]!;
      }
    });
  const spreadWrite = () => base.map((a, i) => (newPay[i] !== a.payRate || newBill[i] !== a.billRate ? { ...a, payRate: newPay[i]!, billRate: newBill[i]! } : a));
  const producePerRecord = () =>
    base.map((a, i) =>
      immer.produce(a, (draft) => {
        draft.payRate = newPay[i]!;
        draft.billRate = newBill[i]!;
      }),
    );
  // One produce per assignment over the batch (each step a new batch state): O(n) a step, so it is
  // measured on the first `steps` assignments and scaled to the batch.
  const steps = Math.min(1000, base.length);
  const producePerStep = () => {
    let state: readonly Assignment[] = base;
    for (let i = 0; i < steps; i++) {
      state = immer.produce(state, (draft) => {
        draft[i]!.payRate = newPay[i]!;
        draft[i]!.billRate = newBill[i]!;
      });
    }
    return state;
  };
  const once: number[] = [];
  const spreadOnly: number[] = [];
  const perRecord: number[] = [];
  const perStep: number[] = [];
  for (let i = 0; i < runs; i++) {
    once.push(await time(async () => oneProduce()));
    spreadOnly.push(await time(async () => spreadWrite()));
    perRecord.push(await time(async () => producePerRecord()));
    perStep.push(await time(async () => producePerStep()));
  }
  const perStepScaled = median(perStep) * (base.length / steps);
  const n = base.length.toLocaleString('en-US');
  printTable(
    `23. A mass rate update of ${n} assignments, pay +3 % with the markup kept, every one changing (median of ${runs})\n` +
      '   planning = new rates and the before/after rows with exact decimals; write = making the new records once the rates are known',
    ['workload', 'one produce', 'baseline', 'baseline time', 'ratio', 'target'],
    [
      ['planRateChange (planning + write)', ms(median(planned)), 'hand-written spread, same decimals', ms(median(spread)), `${(median(planned) / median(spread)).toFixed(2)}×`, '≤ 1.5×'],
      ['write only', ms(median(once)), 'hand-written spread', ms(median(spreadOnly)), `${(median(once) / median(spreadOnly)).toFixed(2)}×`, '≤ 1.5×'],
      ['write only', ms(median(once)), 'one produce per assignment record', ms(median(perRecord)), `${(median(perRecord) / median(once)).toFixed(1)}× faster`, '≥ 50× faster'],
      ['write only', ms(median(once)), `one produce per assignment over the batch (${steps.toLocaleString('en-US')} steps × ${base.length / steps})`, ms(perStepScaled), `${(perStepScaled / median(once)).toFixed(0)}× faster`, '≥ 50× faster'],
    ],
  );
}

export async function benchGrossProfit(): Promise<void> {
  await benchCalculator();
  await benchMassUpdate();
}
