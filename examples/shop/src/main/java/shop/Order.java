package shop;

import java.math.BigDecimal;
import java.util.List;

/** An order: its lines and where it ships. */
public record Order(String customer, List<Line> lines, String country, boolean express) {

  /** One product in an order. */
  public record Line(String sku, int quantity, BigDecimal unitPrice) {
    public Line {
      if (quantity <= 0) {
        throw new IllegalArgumentException("quantity must be positive: " + quantity);
      }
    }

    BigDecimal total() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
  }

  BigDecimal subtotal() {
    return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
