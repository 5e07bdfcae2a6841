package demo.billing;

/** Sums invoice lines, with a discount rule that grew too many branches. */
public class Invoice {
  int total(int amount, boolean member, boolean coupon, boolean sale) {
    int result = amount;
    if (member) {
      result -= 5;
    }
    if (coupon) {
      result -= 3;
    }
    if (sale && result > 10) {
      result -= 2;
    }
    return result;
  }
}
