package demo;

/** Counts what it is given. */
public class Tally {
  private int count;

  public int add(int n) {
    if (n > 0) {
      count += n;
    }
    return count;
  }
}
