package org.qualityaward.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a GET or HEAD run as the user logged in to Tasklist, Cockpit or Admin in the same browser: the
 * webapps keep their login in the servlet session, whose cookie is on path /. Safe methods only — a
 * browser sends the cookie with cross-site requests too, so anything that changes data still needs
 * HTTP Basic and a forged form cannot act as the logged-in user. Basic credentials, when sent, win.
 * The login of the applicant pages (/applicant, same session) counts alike, so that their links to
 * the API (an evidence file, the feedback report) open. Where the chain checks a CSRF token of the session
 * on every write without Basic (the office's forms on /manager), writes run as the session's user too.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** Where the webapps keep their login (AuthenticationUtil.CAM_AUTH_SESSION_KEY, not public there). */
  static final String SESSION_KEY = "authenticatedUser";

  private final String engineName;
  private final IdentityService identityService;
  private final CamundaIdentityAuthenticationProvider users;
  /** Whether writes get the session's login: only behind a CSRF filter that checked them first. */
  private final boolean writesCheckedForCsrf;

  WebappSessionAuthenticationFilter(String engineName, IdentityService identityService,
      CamundaIdentityAuthenticationProvider users, boolean writesCheckedForCsrf) {
    this.engineName = engineName;
    this.identityService = identityService;
    this.users = users;
    this.writesCheckedForCsrf = writesCheckedForCsrf;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ((writesCheckedForCsrf || isSafe(request)) && SecurityContextHolder.getContext().getAuthentication() == null) {
      String userId = webappUser(request.getSession(false));
      // a user deleted in Admin keeps its webapp session until it expires; it gets nothing here
      if (userId != null && identityService.createUserQuery().userId(userId).count() > 0) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.authenticatedAs(userId));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isSafe(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private String webappUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
        instanceof SecurityContext pages && pages.getAuthentication() != null
        && pages.getAuthentication().getPrincipal() instanceof CamundaUser user) {
      return user.userId();
    }
    if (!(session.getAttribute(SESSION_KEY) instanceof Authentications logins)) {
      return null;
    }
    Authentication login = logins.getAuthenticationForProcessEngine(engineName);
    return login == null ? null : login.getIdentityId();
  }
}
