package org.qualityaward.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.web.ManagerPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /manager/cases/{number}/overdue-closure}: a case at its recommending unit's or county body's step, its last
 * day, and for the office once that day is over the closure as not recommended ({@link OverdueClosures}); linked
 * from the case file. The leading group and administrators read it; closing is the office's (the chain's POST).
 */
@Controller
@ManagerPage
@RequestMapping("/manager/cases")
class OverdueClosurePageController {

  private final ApplicationCases cases;
  private final ApplicationRepository applications;
  private final OverdueClosures closures;

  OverdueClosurePageController(ApplicationCases cases, ApplicationRepository applications, OverdueClosures closures) {
    this.cases = cases;
    this.applications = applications;
    this.closures = closures;
  }

  @GetMapping("/{number}/overdue-closure")
  String page(@PathVariable String number, Model model, HttpServletRequest request) {
    return page(application(number), model, null, null, request.isUserInRole(Role.QUALITY_OFFICE.name()));
  }

  @PostMapping("/{number}/overdue-closure")
  String close(@PathVariable String number, @RequestParam(name = "reason", required = false) String reason,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    Application application = application(number);
    try {
      closures.close(application.getId(), reason, request.getUserPrincipal().getName());
      return "redirect:/manager/cases/" + number + "/overdue-closure?closed";
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(application, model, String.join("；", e.problems().stream().map(FieldProblem::message).toList()),
          reason, true);
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return page(application, model, e.getMessage(), reason, true);
    } catch (OptimisticLockingFailureException e) {
      // the case changed at the commit (the applicant's correction, the unit's step): nothing was closed
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return page(application, model, "申报在办结的同时已有变化，本次未办结；请核对后再办结", reason, true);
    }
  }

  private Application application(String number) {
    return applications.findByApplicationNumber(number)
        .orElseThrow(() -> new NotFoundException("申报 " + number + " 不存在"));
  }

  private String page(Application application, Model model, String error, String reason, boolean mayClose) {
    Application current = cases.get(application.getId());
    model.addAttribute("a", current);
    model.addAttribute("step", closures.unitStep(current).orElse(null));
    model.addAttribute("error", error);
    model.addAttribute("reason", reason);
    model.addAttribute("mayClose", mayClose);
    model.addAttribute("maxReason", OverdueClosures.MAX_REASON);
    return "manager/overdue-closure";
  }
}
