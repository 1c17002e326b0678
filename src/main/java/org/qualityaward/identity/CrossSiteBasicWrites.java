package org.qualityaward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.qualityaward.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write with HTTP Basic credentials that a browser sends on another site's behalf. Scripts post with
 * Basic and without a CSRF token (/api, /manager, /notifications); but /api answers a browser's anonymous call
 * with {@code WWW-Authenticate: Basic}, the browser then keeps the credentials typed into its dialog and adds
 * them to every later request to this origin, a forged form's from another site too, just like a cookie. A
 * browser says where a request comes from ({@code Sec-Fetch-Site}; older ones at least {@code Origin} on a
 * post); a script sends neither. Not a bean: Boot would register it for every path.
 */
class CrossSiteBasicWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final AuditLog auditLog;

  CrossSiteBasicWrites(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (write(request) && basic(request) && crossSite(request)) {
      auditLog.refused(null, request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(),
          "跨站请求：浏览器代其他网站提交的带登录凭据的写操作");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getOutputStream().write("跨站提交被拒绝：请在本系统的页面上操作".getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Not a read: what CSRF protection is about. */
  static boolean write(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod());
  }

  /** The request carries HTTP Basic credentials (a script, or a browser from its dialog). */
  static boolean basic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /**
   * Another site (a sibling subdomain too) or an opaque origin; a request typed into the address bar or from our
   * own pages is not. Without {@code Sec-Fetch-Site} the {@code Origin}'s host is compared with the one asked for.
   */
  static boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return false;
    }
    try {
      String host = URI.create(origin).getHost();
      return host == null || !host.equalsIgnoreCase(request.getServerName());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
