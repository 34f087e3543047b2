import { grossProfit, solveBillRate } from 'staffcore';

const placement = {
  payRate: '18.50',
  hoursPerWeek: 40,
  overtimeHoursPerWeek: 5,
  weeks: 13,
  startDate: '2026-11-02',
  fica: { rate: '6.2', wageBase: '176100' },
  medicare: { rate: '1.45' },
  futa: { rate: '0.6', wageBase: '7000' },
  suta: { rate: '2.7', wageBase: '9000' },
  workerCompRate: '3.5',
  vmsFeePercent: '2',
};

const gp = grossProfit({ ...placement, billRate: '27.75' });
console.log(gp.grossProfit, gp.gpPercent, gp.markupPercent); //=> '3718.70' '21.70' '50.00'
console.log(gp.periods.map((p) => `${p.startDate}: ${p.perWeek.burden.futa}`).join(', ')); //=> '2026-11-02: 5.27, 2026-12-21: 5.09, 2026-12-28: 5.27'

const { billRate } = solveBillRate({ ...placement, targetGpPercent: '25' });
console.log(billRate); //=> '29.01'
