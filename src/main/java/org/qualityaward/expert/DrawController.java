package org.qualityaward.expert;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/draws")
class DrawController {

  private final PanelDraws draws;
  private final ExpertPool pool;

  DrawController(PanelDraws draws, ExpertPool pool) {
    this.draws = draws;
    this.pool = pool;
  }

  record ExclusionView(Long expertId, String reason, String reasonLabel) {}

  record MemberView(Long expertId, String userId, String name, boolean leader) {}

  /** {@code seed} is a string: a 64-bit number loses digits in JavaScript. */
  record DrawView(Long id, Long applicationId, String stage, String stageLabel, String industry,
      String applicantCreditCode, String applicantGroupCreditCode, String recommenderCode,
      Set<Long> declaredConflictExpertIds, int panelSize, String seed, LocalDateTime drawnAt,
      List<DrawCandidate> candidates, List<ExclusionView> exclusions, List<MemberView> members, Long leaderId,
      Long replacedDrawId, Long replacedExpertId, String replacementReason, boolean reproduced) {}

  @GetMapping("/{id}")
  DrawView get(@PathVariable Long id) {
    PanelDraw d = draws.get(id);
    List<ExclusionView> exclusions = d.getExclusions().stream()
        .map(x -> new ExclusionView(x.expertId(), x.reason().name(), x.reason().label()))
        .toList();
    List<MemberView> members = d.getMemberIds().stream()
        .map(pool::get)
        .map(e -> new MemberView(e.getId(), e.getUserId(), e.getName(), e.getId().equals(d.getLeaderId())))
        .toList();
    return new DrawView(d.getId(), d.getApplicationId(), d.getStage().name(), d.getStage().label(), d.getIndustry(),
        d.getApplicantCreditCode(), d.getApplicantGroupCreditCode(), d.getRecommenderCode(),
        d.getDeclaredConflictExpertIds(), d.getPanelSize(), Long.toString(d.getSeed()), d.getDrawnAt(),
        d.getCandidates(), exclusions, members, d.getLeaderId(), d.getReplacedDrawId(), d.getReplacedExpertId(),
        d.getReplacementReason(), draws.reproduces(d));
  }
}
