package demo;

class App {
  int twice(int x) {
    return 2 * x;
  }
}
