package dev.perfscope.history;

/** The ref given for pull-request mode cannot be used: it does not resolve, or shares no history with HEAD. */
public final class UnknownRefException extends IllegalArgumentException {
  private final String ref;

  public UnknownRefException(String ref, String reason) {
    super("Cannot compare with '" + ref + "': " + reason);
    this.ref = ref;
  }

  public String ref() {
    return ref;
  }
}
