package demo;

/** Test sources are analyzed too. */
class GreeterCheck {
  public static void main(String[] args) {
    System.out.println(new Greeter("Hello").greet("Ada", false));
  }
}
