import { ownedRecord } from '../_internal/ownedRecord.js';
import * as z from 'zod';
import { StaffcoreError } from '../../errors/index.js';
import { Decimal } from '../../model/decimal.js';
import { toMoney } from '../../model/toMoney.js';
import { CreateOrderInput, Order, type Money } from '../../model/index.js';
import { CreditDecision } from '../../rules/checkCredit.js';
import { hasPermission } from '../../rules/hasPermission.js';
import { PricedRates, priceWithMultiplierCodes } from '../../rules/priceWithMultiplierCodes.js';
import { ResolvedMultiplierCodes } from '../../rules/resolveMultiplierCodes.js';
import { multiplierCodesOf } from '../_internal/multiplierCodesOf.js';
import { creditOfTree } from '../_internal/creditOfTree.js';
import { businessRule, dayOf } from '../_internal/customerPath.js';
import { enforceRecordAction } from '../_internal/recordAction.js';
import { defineAction } from '../_internal/defineAction.js';
import * as messages from '../../errors/messages.js';

/**
 * What `orders.create` produced.
 * @category Action results
 */
export const CreateOrderResult = z.strictObject({
  /** The saved order. */
  order: Order,
  /** The credit check the order passed (warned, or blocked and overridden), with its reasons and figures. */
  credit: CreditDecision,
  /** Warnings worth showing the rep: the credit check's warnings, an override that was used, and rates under the minimum margin of the multiplier codes. */
  warnings: z.array(z.string()).readonly(),
  /** The order's rates after the record's multiplier codes: which rate they derived, and the pair's GP % and markup. */
  pricing: PricedRates,
  /** The record's effective multiplier codes, each with where it came from. */
  multiplierCodes: ResolvedMultiplierCodes,
});
/**
 * What `orders.create` produced.
 * @category Action results
 */
export type CreateOrderResult = z.output<typeof CreateOrderResult>;

/**
 * The `orders.create` action; its documentation is on the `create` member of its group (`orders.ts`), where editors and the reference show it.
 * @category Action results
 */
export const createOrder = defineAction({
  name: 'orders.create',
  summary: "Opens a new order on a record (type `Temp` by default), checked against the status up the tree and the customer's credit.",
  input: CreateOrderInput,
  result: CreateOrderResult,
  refusals: ['NOT_FOUND', 'STATUS_BLOCKED', 'CREDIT_BLOCKED', 'BUSINESS_RULE'],
  subject: 'order',
  permission: 'order.create',
  async run(run, input): Promise<CreateOrderResult> {
    const custom = run.customFields.of('orders').parseNew(input.custom, ['custom']);
    const customer = await run.customer(input.customerId, 'customerId');
    const path = await enforceRecordAction(run, 'newOrder', customer);
    if (input.endDate && input.endDate < input.startDate) throw businessRule(messages.endBeforeStart, ['endDate']);
    const worksiteId = input.worksiteId === undefined ? customer.defaultWorksiteId : input.worksiteId;
    if (worksiteId !== null) {
      const worksite = (await ownedRecord(run, 'worksites', worksiteId, 'worksiteId')).record;
      if (!path.some((record) => record.id === worksite.customerId)) {
        throw businessRule(messages.worksiteOutsidePath(worksite.id, worksite.customerId), ['worksiteId']);
      }
    }
    const multiplierCodes = await multiplierCodesOf(run, path);
    const pricing = priceWithMultiplierCodes({ payRate: input.payRate ?? null, billRate: input.billRate ?? null }, multiplierCodes, messages.customerNamed(customer.id));
    const billRate = pricing.billRate;
    const estimatedHours = input.estimatedHours ?? null;
    const estimatedBilling: Money = billRate && estimatedHours ? toMoney(new Decimal(billRate).times(estimatedHours)) : ('0.00' as Money);
    const { rootId, decision } = await creditOfTree(run, path, estimatedBilling, dayOf(run.now));
    const warnings = decision.reasons.filter((reason) => reason.effect === 'warned').map((reason) => reason.message);
    let creditOverride: Order['creditOverride'] = null;
    if (decision.decision === 'blocked') {
      const blocks = decision.reasons.filter((reason) => reason.effect === 'blocked').map((reason) => reason.message);
      if (!input.overrideCreditBlock) {
        throw new StaffcoreError('CREDIT_BLOCKED', messages.creditBlocksOrder(rootId, blocks), {
          details: { customerId: rootId, credit: decision },
        });
      }
      const allowed = hasPermission(run.actor, 'credit.override');
      if (!allowed.allowed) {
        throw new StaffcoreError('FORBIDDEN', allowed.reason, { details: { permission: 'credit.override', path: ['overrideCreditBlock'] } });
      }
      creditOverride = { by: run.actor.id, at: run.now, reason: input.overrideCreditBlock.reason };
      warnings.push(messages.creditBlockOverridden(run.actor.id, blocks));
    }
    const order = await run.tx.orders.insert({
      customerId: customer.id,
      type: input.type,
      jobTitle: input.jobTitle,
      worksiteId,
      positions: input.positions,
      state: 'open',
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      payRate: pricing.payRate,
      billRate,
      estimatedHours,
      estimatedBilling,
      creditOverride,
      closedAt: null,
      closeReason: '',
      custom,
      createdAt: run.now,
      createdBy: run.actor.id,
    });
    return { order, credit: decision, warnings: [...warnings, ...pricing.warnings], pricing, multiplierCodes };
  },
});
