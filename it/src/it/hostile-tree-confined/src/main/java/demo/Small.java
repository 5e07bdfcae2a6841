package demo;

/** Ordinary code beside the hostile parts of the tree. */
public class Small {
  public int twice(int x) {
    return 2 * x;
  }
}
