package demo;

class Any {
  int f(int a) {
    return a > 0 ? a : -a;
  }
}
