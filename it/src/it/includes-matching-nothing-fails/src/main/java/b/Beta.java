package b;

public class Beta {
  public int two() {
    return 2;
  }
}
