package org.qualityaward.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.web.ManagerPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /manager/panels/{drawId}}: a panel as the office manages it (Art 10, 29), reached from the case file's
 * panels: its members, and a replacement for one who cannot go on before scoring ({@link PanelMemberReplacements}).
 * Who sits on a panel is the office's to know: the leading group, which reads the other manager pages, gets 403.
 */
@Controller
@ManagerPage
@RequestMapping("/manager/panels")
class PanelPageController {

  private final PanelDraws draws;
  private final ExpertPool pool;
  private final ApplicationCases cases;
  private final PanelMemberReplacements replacements;

  PanelPageController(PanelDraws draws, ExpertPool pool, ApplicationCases cases,
      PanelMemberReplacements replacements) {
    this.draws = draws;
    this.pool = pool;
    this.cases = cases;
    this.replacements = replacements;
  }

  record MemberLine(Long expertId, String name, boolean leader) {}

  @GetMapping("/{drawId}")
  String panel(@PathVariable Long drawId, Model model, HttpServletRequest request) {
    if (!request.isUserInRole(Role.QUALITY_OFFICE.name()) && !request.isUserInRole(Role.CAMUNDA_ADMIN.name())) {
      throw new AccessDeniedException("评审组成员仅市质强办可见（第二十九条）");
    }
    return page(drawId, model, null, null, request.isUserInRole(Role.QUALITY_OFFICE.name()));
  }

  @PostMapping("/{drawId}/replacements")
  String replace(@PathVariable Long drawId, @RequestParam(name = "expertId", required = false) Long expertId,
      @RequestParam(name = "reason", required = false) String reason, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      replacements.replace(drawId, expertId, reason, request.getUserPrincipal().getName());
      return "redirect:/manager/panels/" + drawId + "?replaced";
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(drawId, model, String.join("；", e.problems().stream().map(FieldProblem::message).toList()), reason,
          true);
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return page(drawId, model, e.getMessage(), reason, true);
    }
  }

  /** {@code mayReplace}: the office's (administrators read the page; replacing is the office's, Art 9). */
  private String page(Long drawId, Model model, String error, String reason, boolean mayReplace) {
    PanelDraw draw = draws.get(drawId);
    PanelDraw inForce = draws.latest(drawId);
    model.addAttribute("draw", draw);
    model.addAttribute("inForce", inForce);
    model.addAttribute("applicationNumber", cases.get(draw.getApplicationId()).getApplicationNumber());
    model.addAttribute("members", draw.getMemberIds().stream()
        .map(id -> new MemberLine(id, pool.get(id).getName(), id.equals(draw.getLeaderId()))).toList());
    model.addAttribute("error", error);
    model.addAttribute("reason", reason);
    model.addAttribute("mayReplace", mayReplace);
    return "manager/panel";
  }
}
