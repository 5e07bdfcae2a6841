package demo.text;

/** Tidies names before they are greeted. */
public final class Names {
  private Names() {}

  public static String tidy(String name) {
    return name == null ? "" : name.strip();
  }
}
