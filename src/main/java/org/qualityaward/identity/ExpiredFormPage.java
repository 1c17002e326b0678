package org.qualityaward.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The applicant pages' 403 when a form came without its CSRF token: the session ended (logged out,
 * expired) or — for an upload — the file was above the servlet's size limit, so the container could
 * not read the form at all. Said in Chinese, with the way back; other refusals go to {@code others}.
 */
class ExpiredFormPage implements AccessDeniedHandler {

  private final AccessDeniedHandler others;

  ExpiredFormPage(AccessDeniedHandler others) {
    this.others = others;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (!(denied instanceof CsrfException)) {
      others.handle(request, response, denied);
      return;
    }
    boolean upload = request.getContentType() != null && request.getContentType().startsWith("multipart/");
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(("""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>页面已过期</title><link rel="stylesheet" href="/notices/notices.css"><link rel="stylesheet" href="/applicant/applicant.css"></head>
        <body><main>
        <h1>页面已过期，未能保存</h1>
        <p class="message">登录已过期或已退出，或页面打开时间过长。请返回<a href="/applicant/">我的申报</a>，刷新页面后重新操作；已保存的草稿不会丢失。</p>
        %s
        </main></body></html>
        """.formatted(upload
            ? "<p class=\"message\">上传文件时出现此提示，也可能是文件超过 20MB：请压缩或拆分后重新上传。</p>" : ""))
        .getBytes(StandardCharsets.UTF_8));
  }
}
