package org.qualityaward.edition;

import java.net.URI;
import java.time.LocalDate;
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

  EditionController(EditionService editions) {
    this.editions = editions;
  }

  record EditionView(Long id, int year, String name, LocalDate applicationDeadline, String stage,
      String stageLabel, String processInstanceId) {
    static EditionView of(Edition e) {
      return new EditionView(e.getId(), e.getYear(), e.getName(), e.getApplicationDeadline(), e.getStage().name(),
          e.getStage().label(), e.getProcessInstanceId());
    }
  }

  /** Validation happens in the service, so field rules and date rules are reported together. */
  @PostMapping
  ResponseEntity<EditionView> open(@RequestBody NewEdition request) {
    Edition edition = editions.open(request);
    return ResponseEntity.created(URI.create("/api/editions/" + edition.getId())).body(EditionView.of(edition));
  }

  @GetMapping("/{id}")
  EditionView get(@PathVariable Long id) {
    return EditionView.of(editions.get(id));
  }
}
