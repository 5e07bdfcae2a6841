package shop;

import java.math.BigDecimal;
import java.util.List;

/** A smoke check, run by hand: prints the price of a sample order. */
class PricingCheck {
  public static void main(String[] args) {
    Order order = new Order("ada@example.com",
        List.of(new Order.Line("BOOK-1", 2, new BigDecimal("12.50"))), "DE", false);
    System.out.println(new Pricing().total(order));
  }
}
