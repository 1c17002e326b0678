package org.qualityaward.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where a request goes, as the engine's REST reads it. */
public final class RequestPaths {

  private RequestPaths() {
  }

  /**
   * The path within the application, percent-decoded as the engine's REST decodes its path parameters: matching
   * the undecoded URI would take {@code task/%34%32/complete} for a task that does not exist, while the engine
   * completes task 42. (Spring Security's firewall refuses encoded slashes, dots and percent signs, so one
   * decoding is the path.)
   */
  public static String decoded(HttpServletRequest request) {
    return UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()), StandardCharsets.UTF_8);
  }
}
