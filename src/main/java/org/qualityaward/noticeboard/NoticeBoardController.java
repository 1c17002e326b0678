package org.qualityaward.noticeboard;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.EditionPlans;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.platform.ReceiptNumbers;
import org.qualityaward.publicity.ObjectionReceipt;
import org.qualityaward.publicity.ObjectionRequest;
import org.qualityaward.publicity.ObjectionUpload;
import org.qualityaward.publicity.PublicityView;
import org.qualityaward.publicity.PublicityViews;
import org.qualityaward.revocation.Revocations;
import org.qualityaward.web.PublicSubmission;
import org.qualityaward.web.ReceiptLookup;
import org.qualityaward.web.TooManyLookupsException;
import org.qualityaward.web.TooManySubmissionsException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * 公示公告栏: the public notice board (Art 15–18, 21, 30), server-rendered and usable without
 * JavaScript — the editions' calls for applications, running and recently ended publicities with their working-day periods, the objection
 * form (Art 21: real name and contact) with the same rules as {@code POST
 * /api/publicities/{id}/objections}, following an objection by its receipt number, and the revocation
 * announcements. Its refusals are pages, never JSON: the API's problem advice does not cover this module.
 */
@Controller
@RequestMapping("/notices")
class NoticeBoardController {

  private final PublicityViews views;
  private final Revocations revocations;
  private final Validator validator;
  private final WorkingDayCalendar clock;
  private final EditionPlans plans;

  NoticeBoardController(PublicityViews views, Revocations revocations,
      Validator validator, WorkingDayCalendar clock, EditionPlans plans) {
    this.plans = plans;
    this.views = views;
    this.revocations = revocations;
    this.validator = validator;
    this.clock = clock;
  }

  @GetMapping
  String board(Model model) {
    List<PublicityNotice> current = views.current().stream().map(this::notice).toList();
    model.addAttribute("running", current.stream().filter(PublicityNotice::running).toList());
    model.addAttribute("ended", current.stream().filter(p -> !p.running()).toList());
    model.addAttribute("announcements", revocations.announcements());
    model.addAttribute("calls", plans.calls());
    return "notices/board";
  }

  /**
   * An edition's call for applications (申报公告, Art 15), once the leading group approved its plan:
   * what is awarded and how many at most, who may apply, how and until when.
   */
  @GetMapping("/editions/{year}")
  String call(@PathVariable("year") int year, Model model) {
    model.addAttribute("call", plans.call(year)
        .orElseThrow(() -> new NotFoundException(year + " 年度没有已发布的申报公告")));
    return "notices/call";
  }

  @GetMapping("/publicities/{id}")
  String publicity(@PathVariable("id") Long id, Model model) {
    model.addAttribute("publicity", notice(views.publicity(id)));
    model.addAttribute("form", new ObjectionForm());
    model.addAttribute("errors", Map.of());
    return "notices/publicity";
  }

  /**
   * Files an objection: 201 with the receipt page; bad input 400 with the form as entered and each
   * field's problem beside it (the file must be chosen again: browsers never pre-fill file inputs).
   */
  @PostMapping(path = "/publicities/{id}/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PublicSubmission
  String file(@PathVariable("id") Long id, @ModelAttribute("form") ObjectionForm form, Model model,
      HttpServletResponse response) {
    PublicityNotice publicity = notice(views.publicity(id));
    ObjectionRequest request = form.toRequest();
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<ObjectionRequest> v : validator.validate(request)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    ObjectionUpload upload = form.hasAttachment() ? upload(form) : null;
    if (upload != null) {
      problems.addAll(upload.problems());
    }
    try {
      if (problems.isEmpty()) {
        ObjectionReceipt receipt = views.file(id, request, upload);
        response.setStatus(HttpStatus.CREATED.value());
        response.setHeader(HttpHeaders.LOCATION, "/notices/objections/" + receipt.receiptNumber());
        model.addAttribute("receipt", views.objection(receipt.receiptNumber()));
        return "notices/receipt";
      }
    } catch (InvalidInputException e) {
      // an attachment's problems, or an application not on the list
      problems.addAll(e.problems());
    } catch (OptimisticLockingFailureException | OptimisticLockingException | DataIntegrityViolationException
        | MismatchingMessageCorrelationException e) {
      // the period ended at that moment, or another filing took the year's first receipt: nothing was stored,
      // and the form comes back as typed, on the publicity as it now stands (without the form if it ended)
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("publicity", notice(views.publicity(id)));
      model.addAttribute("errors", Map.of());
      model.addAttribute("resubmit", "提交时公示状态恰好发生变化或有他人同时提交，您的异议未被登记。"
          + "您填写的内容已保留（附件需重新选择），请再次提交。");
      return "notices/publicity";
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("publicity", publicity);
    model.addAttribute("errors", byField(problems));
    return "notices/publicity";
  }

  /** The lookup form on the board: no JavaScript needed to go from a typed receipt to its page. */
  @GetMapping("/objections")
  String findObjection(@RequestParam(name = "receipt", defaultValue = "") String receipt) {
    return receipt.isBlank() ? "redirect:/notices"
        : "redirect:/notices/objections/" + UriUtils.encodePathSegment(ReceiptNumbers.typed(receipt), "UTF-8");
  }

  /** An objection's state and, once concluded, the answer; without the objector's name or contact. */
  @GetMapping("/objections/{receipt}")
  @ReceiptLookup
  String objection(@PathVariable("receipt") String receipt, Model model) {
    model.addAttribute("receipt", views.objection(receipt));
    return "notices/objection";
  }

  @ExceptionHandler(TooManySubmissionsException.class)
  ModelAndView tooMany(TooManySubmissionsException e, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
    if (e instanceof TooManyLookupsException) {
      return message(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁",
          "为保护异议人，同一网络地址查询不存在的受理编号的次数有限制。请核对回执上的受理编号，"
              + e.retryAfter().toSeconds() + " 秒后再查询。");
    }
    return message(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁",
        "为防止恶意批量提交，同一网络地址提交异议的次数有限制。请 " + e.retryAfter().toSeconds()
            + " 秒后返回上一页重新提交；已填写的内容可在上一页找回。");
  }

  /** An unknown publicity or receipt number. */
  @ExceptionHandler(NotFoundException.class)
  ModelAndView unknown(NotFoundException e) {
    return message(HttpStatus.NOT_FOUND, "未找到", e.getMessage() + "。请核对地址或受理编号（如 YY-2026-000001-K7QX9M）。");
  }

  /** The only conflict of filing: the publicity is not in its period. */
  @ExceptionHandler(ConflictException.class)
  ModelAndView outsidePeriod(ConflictException e) {
    return message(HttpStatus.CONFLICT, "不在公示期内",
        "该公示不在公示期内，不受理异议（异议须在公示期内提出）：" + e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView notFound(MethodArgumentTypeMismatchException e) {
    return message(HttpStatus.NOT_FOUND, "页面不存在", "地址中的编号“" + e.getValue() + "”无效。");
  }

  private PublicityNotice notice(PublicityView view) {
    return PublicityNotice.of(view, clock.today());
  }

  private static ObjectionUpload upload(ObjectionForm form) {
    try {
      return new ObjectionUpload(form.getAttachment().getOriginalFilename(), form.getAttachment().getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("附件读取失败（attachment could not be read）", e);
    }
  }

  private static Map<String, List<String>> byField(List<FieldProblem> problems) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.message()));
    return errors;
  }

  private static ModelAndView message(HttpStatus status, String title, String text) {
    ModelAndView page = new ModelAndView("notices/message");
    page.setStatus(status);
    page.addObject("title", title);
    page.addObject("text", text);
    return page;
  }
}
