import { describe, expect, it } from 'vitest';
import { messages } from '../../src/index.js';
import { expectError } from '../helpers/expectError.js';
import { storesUnderTest } from '../helpers/stores.js';
import { buildWorkTree, refusedWritesNothing } from '../helpers/workTree.js';

const stores = storesUnderTest('gp_codes');

describe.each(stores)('multiplier codes on %s', (_name, makeStore) => {
  it('are inherited down the tree code by code, each with its provenance', async () => {
    const t = await buildWorkTree(await makeStore());
    const set = await t.ada.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40', overtimeBillFactor: '1.5', minGpPercent: '20' } });
    expect(set.codes).toMatchObject({ customerId: t.root, markupPercent: '40.0000', overtimeBillFactor: '1.5000', minGpPercent: '20.0000', targetGpPercent: null, updatedBy: 'ada' });
    await t.ada.customers.setMultiplierCodes({ customerId: t.warehouse, codes: { minGpPercent: '25.5' } });
    const night = await t.dana.customers.multiplierCodes({ customerId: t.night });
    expect(night.values).toEqual({
      markupPercent: '40.0000',
      overtimeBillFactor: '1.5000',
      doubleTimeBillFactor: null,
      minGpPercent: '25.5000',
      targetGpPercent: null,
      minMarkupPercent: null,
      targetMarkupPercent: null,
    });
    expect(night.provenance.markupPercent).toEqual({ source: 'parent', customerId: t.root, description: `inherited from customer ${t.root} up the tree` });
    expect(night.provenance.minGpPercent.description).toBe(`inherited from parent customer ${t.warehouse}`);
    expect(night.provenance.doubleTimeBillFactor).toEqual({ source: 'none', description: 'no multiplier code applies' });
    const warehouse = await t.dana.customers.multiplierCodes({ customerId: t.warehouse });
    expect(warehouse.provenance.minGpPercent.description).toBe('set on the record');
  });

  it('clearing a code with null inherits it again; a stale version is a CONFLICT that writes nothing', async () => {
    const t = await buildWorkTree(await makeStore());
    await t.ada.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40' } });
    const { codes } = await t.ada.customers.setMultiplierCodes({ customerId: t.warehouse, codes: { markupPercent: '35' } });
    const cleared = await t.ada.customers.setMultiplierCodes({ customerId: t.warehouse, codes: { markupPercent: null }, version: codes.version });
    expect(cleared.codes.markupPercent).toBeNull();
    expect(cleared.effective.values.markupPercent).toBe('40.0000');
    expect(cleared.effective.provenance.markupPercent.description).toBe(`inherited from parent customer ${t.root}`);
    const stale = await refusedWritesNothing(t.agency.store, () => t.ada.customers.setMultiplierCodes({ customerId: t.warehouse, codes: { markupPercent: '30' }, version: codes.version }));
    expect((stale as Error).message).toBe(`[staffcore] ${messages.conflict('multiplier codes', codes.id)}`);
  });

  it('needs its permission, a record in scope and sane figures', async () => {
    const t = await buildWorkTree(await makeStore());
    const forbidden = await refusedWritesNothing(t.agency.store, () => t.dana.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40' } }));
    expect((forbidden as Error).message).toBe(`[staffcore] ${messages.forbidden('customer.multiplierCodes')}`);
    const lee = t.agency.as({ ...t.agency.lee, roles: [{ name: 'codes', permissions: ['customer.multiplierCodes', 'customer.read'] }] });
    await expectError(lee.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40' } }), 'NOT_FOUND');
    await expectError(lee.customers.multiplierCodes({ customerId: t.root }), 'NOT_FOUND');
    const negative = await expectError(t.ada.customers.setMultiplierCodes({ customerId: t.root, codes: { minGpPercent: '-5' } }), 'VALIDATION');
    expect(negative.details.path).toEqual(['codes', 'minGpPercent']);
  });

  it('price new orders: key the pay rate and the bill rate follows, or the reverse; under the minimum is a warning', async () => {
    const t = await buildWorkTree(await makeStore());
    await t.ada.customers.setMultiplierCodes({ customerId: t.root, codes: { markupPercent: '40', minGpPercent: '30' } });
    const order = { customerId: t.night, jobTitle: 'Picker', startDate: '2026-12-07' } as const;
    // 20.00 × 1.40 = 28.00; GP (28 − 20) / 28 = 28.57 % < 30 %
    const keyedPay = await t.dana.orders.create({ ...order, payRate: '20' });
    expect(keyedPay.order).toMatchObject({ payRate: '20.0000', billRate: '28.0000' });
    expect(keyedPay.pricing).toMatchObject({ derived: 'billRate', gpPercent: '28.57', markupPercent: '40.00' });
    expect(keyedPay.warnings).toEqual([`Pay 20.00 and bill 28.00 give a GP of 28.57 %, under the minimum 30.00 % of customer ${t.night}'s multiplier codes`]);
    expect(keyedPay.multiplierCodes.provenance.markupPercent.description).toBe(`inherited from customer ${t.root} up the tree`);
    // 35.00 / 1.40 = 25.00
    const keyedBill = await t.dana.orders.create({ ...order, billRate: '35' });
    expect(keyedBill.order).toMatchObject({ payRate: '25.0000', billRate: '35.0000' });
    expect(keyedBill.pricing.derived).toBe('payRate');
    // both given: kept as given; 15 / 30 = 50 % GP, no warning
    const both = await t.dana.orders.create({ ...order, payRate: '15', billRate: '30' });
    expect([both.order.payRate, both.order.billRate, both.pricing.derived, both.warnings]).toEqual(['15.0000', '30.0000', null, []]);
  });

  it('price new assignments the same way, warning under the minimum markup without refusing', async () => {
    const t = await buildWorkTree(await makeStore());
    const { order } = await t.dana.orders.create({ customerId: t.warehouse, jobTitle: 'Picker', startDate: '2026-12-07', positions: 5, payRate: '18.50', billRate: '27.75' });
    const plain = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-0' });
    expect(plain.warnings).toEqual([]);
    await t.ada.customers.setMultiplierCodes({ customerId: t.warehouse, codes: { targetMarkupPercent: '45', minMarkupPercent: '48' } });
    // the pay rate keyed: 20.00 × 1.45 = 29.00 (the target markup, no agreed one); 45 % < 48 %
    const { assignment: keyed, warnings } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-1', payRate: '20' });
    expect([keyed.payRate, keyed.billRate]).toEqual(['20.0000', '29.0000']);
    expect(warnings).toEqual([`Pay 20.00 and bill 29.00 give a markup of 45.00 %, under the minimum 48.00 % of customer ${t.warehouse}'s multiplier codes`]);
    // the order's own rates: 27.75 / 18.50 = 50 % markup, above the minimum
    const { assignment: fromOrder, warnings: none } = await t.dana.assignments.create({ orderId: order.id, employeeId: 'E-2' });
    expect([fromOrder.payRate, fromOrder.billRate, none]).toEqual(['18.5000', '27.7500', []]);
    const stored = (await t.dana.assignments.list({ customerId: t.warehouse })).items.find((a) => a.employeeId === 'E-1');
    expect(stored).toMatchObject({ payRate: '20.0000', billRate: '29.0000' });
    expect(stored).not.toHaveProperty('warnings');
  });
});
