/** Whole cents a float holds exactly, with room to add one more amount. */
const safeCents = 2 ** 50;

/**
 * Adds up canonical two-decimal amounts (money, hours) exactly, as whole cents: in a float while the
 * running total stays small (where `Math.round(parseFloat(v) * 100)` is exact), carried over into a
 * `bigint` before it could lose a cent. A million-line roll-up then costs one `parseFloat` a value,
 * not one decimal allocation.
 */
export class CentTotal {
  private cents = 0;
  private carried = 0n;

  /** Adds one canonical two-decimal amount (`'12.50'`, `'-0.25'`). */
  add(value: string): void {
    // Up to 11 integer digits (14 characters with the sign, point and cents) the float is exact.
    if (value.length > 14) {
      this.carried += BigInt(value.replace('.', ''));
      return;
    }
    this.cents += Math.round(parseFloat(value) * 100);
    if (this.cents > safeCents || this.cents < -safeCents) {
      this.carried += BigInt(this.cents);
      this.cents = 0;
    }
  }

  /** The total as a canonical two-decimal string (`'-0.50'`, `'1041.56'`). */
  total(): string {
    const cents = this.carried + BigInt(this.cents);
    const negative = cents < 0n;
    const digits = String(negative ? -cents : cents).padStart(3, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  }
}
