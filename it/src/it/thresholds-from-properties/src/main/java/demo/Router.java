package demo;

class Router {
  String route(String path, boolean admin) {
    if (path.startsWith("/admin") && !admin) {
      return "403";
    } else if (path.startsWith("/api")) {
      return path.endsWith("/") ? "api-index" : "api";
    } else if (path.isEmpty() || path.equals("/")) {
      return "home";
    }
    return "404";
  }
}
