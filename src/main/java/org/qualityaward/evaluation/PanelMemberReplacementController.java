package org.qualityaward.evaluation;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/draws/{drawId}/replacements} (the office, as the draws): replaces a member who has not scored
 * ({@link PanelMemberReplacements}); 202, the redraw follows as the model's next step.
 */
@RestController
class PanelMemberReplacementController {

  private final PanelMemberReplacements replacements;

  PanelMemberReplacementController(PanelMemberReplacements replacements) {
    this.replacements = replacements;
  }

  record Replacement(Long expertId, String reason) {}

  record Accepted(String message) {}

  @PostMapping("/api/draws/{drawId}/replacements")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted replace(@PathVariable Long drawId, @RequestBody Replacement request, Principal principal) {
    replacements.replace(drawId, request.expertId(), request.reason(), principal.getName());
    return new Accepted("已转入重新抽取替补专家，替补专家将收到该评审员的待办任务");
  }
}
