package demo.generated;

/** Stands for generated code: excluded by the pom's excludes, so it must not appear in the report. */
class Parser {
  int parse(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k) {
    return a;
  }
}
