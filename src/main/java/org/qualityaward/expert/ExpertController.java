package org.qualityaward.expert;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/experts")
class ExpertController {

  private final ExpertPool pool;

  ExpertController(ExpertPool pool) {
    this.pool = pool;
  }

  record ExpertView(Long id, long version, String userId, String name, String employerName,
      String employerCreditCode, List<String> industries, String degree, String degreeLabel, int qualityYears,
      String trainingQualification, boolean lawsFamiliarityDeclared, boolean conductDeclared,
      String recommenderCode, boolean active, LocalDateTime createdAt) {
    static ExpertView of(Expert e) {
      return new ExpertView(e.getId(), e.getVersion(), e.getUserId(), e.getName(), e.getEmployerName(),
          e.getEmployerCreditCode(), e.getIndustries(), e.getDegree().name(), e.getDegree().label(),
          e.getQualityYears(), e.getTrainingQualification(), e.isLawsFamiliarityDeclared(), e.isConductDeclared(),
          e.getRecommenderCode(), e.isActive(), e.getCreatedAt());
    }
  }

  /** {@code version}: the expert's version as the caller read it (optimistic locking). */
  record ActiveChange(Boolean active, Long version) {}

  @PostMapping
  ResponseEntity<ExpertView> add(@RequestBody NewExpert request) {
    Expert expert = pool.add(request);
    return ResponseEntity.created(URI.create("/api/experts/" + expert.getId())).body(ExpertView.of(expert));
  }

  @GetMapping
  List<ExpertView> list() {
    return pool.all().stream().map(ExpertView::of).toList();
  }

  @GetMapping("/{id}")
  ExpertView get(@PathVariable Long id) {
    return ExpertView.of(pool.get(id));
  }

  @PutMapping("/{id}/active")
  ExpertView setActive(@PathVariable Long id, @RequestBody ActiveChange change) {
    List<FieldProblem> problems = new ArrayList<>();
    if (change.active() == null) {
      problems.add(new FieldProblem("active", "必须填写 true（启用）或 false（停用）"));
    }
    if (change.version() == null) {
      problems.add(new FieldProblem("version", "必须填写读取时的版本号（防止覆盖他人的修改）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ExpertView.of(pool.setActive(id, change.active(), change.version()));
  }
}
