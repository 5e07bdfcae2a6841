package demo;

class NewCode {
  int route(int a) {
    if (a > 10 || a < -10) {
      return 0;
    }
    return a > 0 ? 1 : -1;
  }
}
