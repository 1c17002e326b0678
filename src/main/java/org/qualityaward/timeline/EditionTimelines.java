package org.qualityaward.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.CaseCount;
import org.qualityaward.application.EditionCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.timeline.EditionFacts.PublicityFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an edition's process history, publicities and cases for the timeline page. History is read as
 * the requesting user (their Camunda authorizations apply: the office and the leading group hold
 * READ_HISTORY, administrators everything).
 */
@Service
class EditionTimelines {

  private final EditionService editionService;
  private final PublicityService publicities;
  private final EditionCases applications;
  private final HistoryService history;
  private final WorkingDayCalendar calendar;
  private final StagePlan plan;
  private final ZoneId zone;

  EditionTimelines(EditionService editionService, PublicityService publicities,
      EditionCases applications, HistoryService history, WorkingDayCalendar calendar, StagePlan plan,
      @Value("${qa.calendar.zone:Asia/Shanghai}") String zone) {
    this.editionService = editionService;
    this.publicities = publicities;
    this.applications = applications;
    this.history = history;
    this.calendar = calendar;
    this.plan = plan;
    this.zone = ZoneId.of(zone);
  }

  /** One line of the edition list. */
  record EditionSummary(Long id, int year, String name, LocalDate applicationDeadline, String stage) {}

  /** The page: the edition, its stages, their chart and its cases by stage. */
  record EditionTimeline(EditionSummary edition, List<StageRow> stages, TimelineChart chart,
      List<CaseCountRow> caseCounts, long totalCases, LocalDateTime now) {}

  /** A line of the case counts: {@code share} of the largest count, for its bar. */
  record CaseCountRow(String stage, String outcome, long count, double share) {}

  List<EditionSummary> editions() {
    return editionService.all().stream().sorted(Comparator.comparing(Edition::getYear).reversed())
        .map(EditionTimelines::summary).toList();
  }

  @Transactional(readOnly = true)
  EditionTimeline timeline(Long editionId) {
    Edition edition = editionService.get(editionId);
    LocalDateTime now = calendar.now();
    List<StageRow> stages = plan.stages(facts(edition), now);
    List<CaseCountRow> counts = caseCounts(editionId);
    return new EditionTimeline(summary(edition), stages, TimelineChart.of(stages, now), counts,
        counts.stream().mapToLong(CaseCountRow::count).sum(), now);
  }

  private EditionFacts facts(Edition edition) {
    Map<EditionStage, LocalDateTime> stageStarts = new EnumMap<>(EditionStage.class);
    boolean ended = false;
    if (edition.getProcessInstanceId() != null) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(edition.getProcessInstanceId()).singleResult();
      if (instance != null) {
        // the instance starts with the plan (Art 8(1)); the notice is entered as the model maps it
        stageStarts.put(EditionStage.PLAN_APPROVAL, local(instance.getStartTime()));
        ended = instance.getEndTime() != null;
      }
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
          .processInstanceId(edition.getProcessInstanceId()).list()) {
        EditionStage.enteredBy(activity.getActivityId()).ifPresent(stage ->
            stageStarts.merge(stage, local(activity.getStartTime()), (a, b) -> a.isBefore(b) ? a : b));
      }
    }
    return new EditionFacts(edition.getApplicationDeadline(), stageStarts, ended, publicities(edition.getId()));
  }

  private List<PublicityFacts> publicities(Long editionId) {
    List<Publicity> published = publicities.ofEdition(editionId);
    Set<String> instanceIds = published.stream().map(Publicity::getProcessInstanceId)
        .filter(id -> id != null).collect(Collectors.toSet());
    Map<String, HistoricProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
        : history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    List<PublicityFacts> facts = new ArrayList<>();
    for (Publicity p : published) {
      HistoricProcessInstance instance = instances.get(p.getProcessInstanceId());
      facts.add(new PublicityFacts(p.getKind(), p.getCreatedAt(), p.getLastDay(),
          instance == null ? null : local(instance.getEndTime())));
    }
    return facts;
  }

  /** Running cases by stage in the order of Art 16-19, then ended ones by outcome. */
  private List<CaseCountRow> caseCounts(Long editionId) {
    List<CaseCount> counts = applications.countByStageAndOutcome(editionId).stream()
        .sorted(Comparator.comparing(CaseCount::stage)
            .thenComparing(CaseCount::outcome, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
    long largest = counts.stream().mapToLong(CaseCount::count).max().orElse(1);
    return counts.stream().map(c -> new CaseCountRow(c.stage().label(),
        c.stage() == ApplicationStage.CLOSED && c.outcome() != null ? c.outcome().label() : "",
        c.count(), (double) c.count() / largest)).toList();
  }

  private LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  private static EditionSummary summary(Edition e) {
    return new EditionSummary(e.getId(), e.getYear(), e.getName(), e.getApplicationDeadline(), e.getStage().label());
  }
}
