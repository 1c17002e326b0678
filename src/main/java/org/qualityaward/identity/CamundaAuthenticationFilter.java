package org.qualityaward.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs an authenticated /api request as its Camunda user, so the engine checks that user's authorizations. */
class CamundaAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  CamundaAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof CamundaUser user)) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(user.userId(), user.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      // Servlet threads are pooled: never leave an identity behind.
      identityService.clearAuthentication();
    }
  }
}
