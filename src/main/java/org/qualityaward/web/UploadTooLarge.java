package org.qualityaward.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.platform.RequestPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the servlet's upload limit ({@code spring.servlet.multipart}) is refused while its body is
 * read, before any controller is chosen, so no controller's or package's handler sees it and Boot would
 * answer English JSON (a citizen's objection page would vanish). Said here in Chinese and in the form the
 * request expected: the notice board with its message page (the browser's back button brings back what was
 * typed), the API with its problem JSON, under {@code file}. The applicant pages never get here: their CSRF
 * check cannot read the token from a body too large to read, and answers with {@code ExpiredFormPage}, which
 * names this cause.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

  private final DataSize maxFileSize;

  UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object refuse(HttpServletRequest request) {
    String limit = maxFileSize.toMegabytes() + "MB";
    String path = RequestPaths.decoded(request);
    String advice = "所选文件超过上传上限（单个文件不超过 " + limit + "），本次提交未被接收，什么也没有保存。"
        + "请返回上一页（浏览器的“后退”，已填写的内容一般仍在），换用压缩或拆分后的文件再提交。";
    if (path.startsWith("/notices/")) {
      return page(advice);
    }
    return ResponseEntity.badRequest().body(ApiExceptionHandler.badRequest(List.of(new FieldProblem("file",
        "文件过大，单个文件不超过 " + limit))));
  }

  private static ModelAndView page(String text) {
    ModelAndView page = new ModelAndView("notices/message");
    page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    page.addObject("title", "文件过大，未提交");
    page.addObject("text", text);
    return page;
  }
}
