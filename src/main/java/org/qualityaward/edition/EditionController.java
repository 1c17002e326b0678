package org.qualityaward.edition;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/editions")
class EditionController {

  private final EditionService editions;
  private final EditionPlans plans;

  EditionController(EditionService editions, EditionPlans plans) {
    this.editions = editions;
    this.plans = plans;
  }

  /** {@code plan}: the edition's plan as it stands (null for an edition opened before plans existed). */
  record EditionView(Long id, int year, String name, LocalDate applicationDeadline, String stage,
      String stageLabel, String processInstanceId, PlanFigures plan, String planStatus) {}

  /**
   * Validation happens in the service, so field rules and date rules are reported together. The plan's
   * figures are optional: those left out are the configured ones; the office's plan task follows.
   */
  @PostMapping
  ResponseEntity<EditionView> open(@RequestBody NewEdition request) {
    Edition edition = editions.open(request);
    return ResponseEntity.created(URI.create("/api/editions/" + edition.getId())).body(view(edition));
  }

  @GetMapping("/{id}")
  EditionView get(@PathVariable Long id) {
    return view(editions.get(id));
  }

  private EditionView view(Edition e) {
    Optional<EditionPlan> plan = plans.find(e.getId());
    return new EditionView(e.getId(), e.getYear(), e.getName(), e.getApplicationDeadline(), e.getStage().name(),
        e.getStage().label(), e.getProcessInstanceId(), plan.map(p -> p.figures(e)).orElse(null),
        plan.map(p -> p.getStatus().name()).orElse(null));
  }
}
