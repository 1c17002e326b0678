package org.qualityaward.web;

import org.qualityaward.kernel.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown expert, unit, case or draw on a manager's page is a page, not the APIs' JSON problem. */
// ahead of ApiExceptionHandler, which covers some of these controllers' packages for their APIs
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = ManagerPage.class)
class ManagerPageNotFound {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "manager/not-found";
  }
}
