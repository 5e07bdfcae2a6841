package shop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices an order. The shipping rules grew one market at a time; Perfscope flags the method that
 * holds them as the place to refactor first.
 */
public class Pricing {
  private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("100");

  public BigDecimal total(Order order) {
    BigDecimal subtotal = order.subtotal();
    return subtotal.add(shipping(order, subtotal)).setScale(2, RoundingMode.HALF_UP);
  }

  // Every branch here was a ticket once.
  BigDecimal shipping(Order order, BigDecimal subtotal) {
    if (subtotal.compareTo(FREE_SHIPPING_FROM) >= 0 && !order.express()) {
      return BigDecimal.ZERO;
    }
    BigDecimal base;
    switch (order.country()) {
      case "DE", "AT" -> base = new BigDecimal("4.90");
      case "FR", "BE", "NL" -> base = new BigDecimal("6.90");
      case "CH" -> base = new BigDecimal("12.00");
      default -> base = new BigDecimal("15.00");
    }
    int items = 0;
    for (Order.Line line : order.lines()) {
      items += line.quantity();
      if (line.sku().startsWith("BULKY")) {
        base = base.add(line.quantity() > 2 ? new BigDecimal("20") : new BigDecimal("8"));
      }
    }
    if (items > 10 || order.customer().endsWith("@wholesale.example")) {
      base = base.multiply(new BigDecimal("0.5"));
    }
    return order.express() ? base.multiply(BigDecimal.valueOf(2)) : base;
  }
}
