package demo;

/** Small enough to pass every threshold. */
public class Small {
  public int twice(int x) {
    return 2 * x;
  }
}
