package org.qualityaward.identity;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityaward.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A 403 of our chains goes to the audit log — who, method and path, the roles that were needed — and
 * is then answered as before.
 */
class AuditedAccessDenied implements AccessDeniedHandler {

  private final AuditLog auditLog;
  private final AccessDeniedHandler answer;

  AuditedAccessDenied(AuditLog auditLog, AccessDeniedHandler answer) {
    this.auditLog = auditLog;
    this.answer = answer;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    auditLog.refused(request.getRemoteUser(), request.getRemoteAddr(),
        request.getMethod() + " " + request.getRequestURI(), "无权访问：" + why(denied));
    answer.handle(request, response, denied);
  }

  private static String why(AccessDeniedException denied) {
    if (denied instanceof AuthorizationDeniedException refusal
        && refusal.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
      Set<String> needed = decision.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .collect(Collectors.toSet());
      // by their Chinese names, in the order the 403 page names them
      String roles = Arrays.stream(Role.values()).filter(role -> needed.contains(role.authority()))
          .map(Role::groupName).collect(Collectors.joining("、"));
      if (!roles.isEmpty()) {
        return "仅限" + roles;
      }
    }
    return denied.getMessage();
  }
}
