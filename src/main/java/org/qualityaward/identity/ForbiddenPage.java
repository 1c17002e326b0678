package org.qualityaward.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/** 403 for a logged-in user without the role of a /manager page: a Chinese page naming who may see it. */
class ForbiddenPage implements AccessDeniedHandler {

  private final String allowedRoles;

  ForbiddenPage(String allowedRoles) {
    this.allowedRoles = allowedRoles;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    String user = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(("""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>无权访问</title><link rel="stylesheet" href="/manager/manager.css"></head>
        <body>
        <h1>无权访问（403）</h1>
        <p>当前用户 <strong>%s</strong> 无权查看此页面：仅%s可以查看。</p>
        <p>如需访问，请联系系统管理员在 Admin 中调整用户组。</p>
        </body></html>
        """.formatted(HtmlUtils.htmlEscape(user), allowedRoles)).getBytes(StandardCharsets.UTF_8));
  }
}
