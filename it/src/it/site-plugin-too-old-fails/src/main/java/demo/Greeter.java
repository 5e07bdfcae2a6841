package demo;

/** Greets people politely. */
public class Greeter {
  private final String greeting;

  public Greeter(String greeting) {
    this.greeting = greeting;
  }

  // Picks the salutation for a name.
  public String greet(String name, boolean formal) {
    if (name == null || name.isBlank()) {
      return greeting + ", stranger";
    }
    return formal ? greeting + ", dear " + name : greeting + ", " + name;
  }
}
