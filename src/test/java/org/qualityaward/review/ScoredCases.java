package org.qualityaward.review;

import java.math.BigDecimal;
import org.camunda.bpm.engine.TaskService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.SampleApplications;
import org.springframework.stereotype.Component;
import org.qualityaward.testing.EditionYears;

/** Editions, registered cases (no process) and panels whose members all give one total. */
@Component
class ScoredCases {

  private static final AtomicInteger SERIALS = new AtomicInteger(600);

  private final EditionService editions;
  private final ApplicationSubmissions submissions;
  private final Scoring scoring;
  private final TaskService taskService;

  ScoredCases(EditionService editions, ApplicationSubmissions submissions, Scoring scoring, TaskService taskService) {
    this.taskService = taskService;
    this.editions = editions;
    this.submissions = submissions;
    this.scoring = scoring;
  }

  Long edition() {
    return edition(null);
  }

  /** An edition whose approved plan has these figures (null ones configured). */
  Long edition(PlanFigures plan) {
    return EditionDriver.openWithApprovedPlan(editions, taskService,
        new NewEdition(EditionYears.next(), "评审测试届", LocalDate.of(2026, 3, 31), plan)).getId();
  }

  Long organization(Long editionId) {
    return submissions.register(SampleApplications.organization(editionId, "R-JX-MSR", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1)), "reviewtest").getId();
  }

  Long individual(Long editionId) {
    return submissions.register(SampleApplications.individual(editionId, "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2015, 1, 1)), "reviewtest").getId();
  }

  /** Both stages scored by three members, each giving {@code total}, and consolidated. */
  void scoreBothStages(Long applicationId, String total) {
    for (ReviewStage stage : ReviewStage.values()) {
      for (int member = 1; member <= 3; member++) {
        scoring.submit(applicationId, stage, "expert0" + member, itemsTotalling(applicationId, new BigDecimal(total)));
      }
      scoring.consolidate(applicationId, stage, "expert01", null, agreed(applicationId));
    }
  }

  /** The panel's agreed comments on every category of the case's sheet. */
  List<AgreedComments> agreed(Long applicationId) {
    return scoring.sheetFor(applicationId).categories().stream()
        .map(c -> new AgreedComments(c.code(), c.name() + "：优势明显", c.name() + "：仍可改进")).toList();
  }

  /** Full marks except the last category, which makes up the total. */
  List<CategoryScore> itemsTotalling(Long applicationId, BigDecimal total) {
    List<ScoringSheet.Category> categories = scoring.sheetFor(applicationId).categories();
    List<CategoryScore> items = new ArrayList<>();
    BigDecimal rest = total;
    for (int i = 0; i < categories.size() - 1; i++) {
      ScoringSheet.Category c = categories.get(i);
      items.add(new CategoryScore(c.code(), c.max(), c.name() + "：达到要求"));
      rest = rest.subtract(c.max());
    }
    ScoringSheet.Category last = categories.get(categories.size() - 1);
    items.add(new CategoryScore(last.code(), rest, last.name() + "：基本达到"));
    return items;
  }
}
