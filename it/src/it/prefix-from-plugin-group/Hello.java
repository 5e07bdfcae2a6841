class Hello {
  public static void main(String[] args) {
    for (String arg : args) {
      System.out.println("Hello, " + arg);
    }
  }
}
