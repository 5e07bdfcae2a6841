package a;

public class Alpha {
  public int one() {
    return 1;
  }
}
