package org.qualityaward.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualityaward.platform.RequestPaths;

/**
 * A request to the engine's REST API, in either of its two places: {@code /engine-rest/…} (HTTP Basic)
 * and the webapps' copy {@code /camunda/api/engine/engine/{name}/…} (session and CSRF token).
 * {@link #resource()} is the path after the engine's root, e.g. {@code task/42/complete}.
 */
record EngineApiPath(String method, String resource, boolean webapp, String engineName) {

  private static final Pattern REST = Pattern.compile("^/engine-rest/(?:engine/([^/]+)/)?(.*)$");
  private static final Pattern WEBAPP = Pattern.compile("^/camunda/api/engine/engine/([^/]+)/(.*)$");

  /** The engine API path of the request, or null for any other request. */
  static EngineApiPath of(HttpServletRequest request) {
    String path = RequestPaths.decoded(request);
    Matcher webappMatch = WEBAPP.matcher(path);
    if (webappMatch.matches()) {
      return new EngineApiPath(request.getMethod(), trim(webappMatch.group(2)), true, webappMatch.group(1));
    }
    Matcher restMatch = REST.matcher(path);
    if (restMatch.matches()) {
      return new EngineApiPath(request.getMethod(), trim(restMatch.group(2)), false, restMatch.group(1));
    }
    return null;
  }

  private static String trim(String resource) {
    return resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
  }

  boolean isRead() {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /** {@code METHOD /resource}, as the audit log shows it. */
  String action() {
    return method + " " + (webapp ? "/camunda/api/engine/engine/" + engineName + "/" : "/engine-rest/") + resource;
  }
}
