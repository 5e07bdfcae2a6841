package demo.catalog;

/** An item of the catalog. */
public record Item(String name, int price) {
  boolean cheap() {
    return price < 10;
  }
}
