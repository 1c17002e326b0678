package org.qualityaward.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.qualityaward.edition.EditionService;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.platform.TaskFormOpening;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The forms open with the case's context (applicant, kind, stage, evidence); the processes carry
 * only ids, so what a form's header shows is read from the tables when the form is opened
 * ({@link TaskFormOpening}): {@code caseLine} (number and applicant), {@code kindLabel}, {@code caseStage},
 * {@code evidenceLinks} (a Markdown
 * list of the case's evidence files) and {@code materialRevision} (the applicant's corrections and uploads
 * so far). A task of an edition gets its name and stage. Read then, not stored
 * with each task: the stage is today's, a file uploaded after the task arrived is listed, and the engine
 * writes no runtime or history rows for it (14 statements a task at 40 applications).
 */
@Component
class CaseTaskContext extends AbstractProcessEnginePlugin {

  private static final String NO_EVIDENCE = "（无附件）";
  /** The honour model's tasks on its renewal case (Art 33), which show that case rather than the honour. */
  private static final Set<String> RENEWAL_CASE_TASKS = Set.of(HonourModel.SUBMIT_RENEWAL_MATERIAL,
      HonourModel.RENEWAL_LEADING_GROUP_REVIEW, HonourModel.RENEWAL_CITY_APPROVAL);

  private final ApplicationRepository applications;
  private final EvidenceAttachmentRepository evidence;
  private final Honours honours;
  private final EditionService editions;

  // @Lazy: the engine plugin is built before the engine's services and the repositories exist
  CaseTaskContext(@Lazy ApplicationRepository applications, @Lazy EvidenceAttachmentRepository evidence,
      @Lazy Honours honours, @Lazy EditionService editions) {
    this.applications = applications;
    this.evidence = evidence;
    this.honours = honours;
    this.editions = editions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskFormOpening.addFormValues(configuration, this::describe);
  }

  /**
   * The case a task belongs to: its application, else the honour, else the edition — for showing only,
   * across every model, by the id inputs the system set when it started the instance (no act reads them).
   */
  private Map<String, String> describe(TaskEntity task) {
    // an honour's instance holds its renewal case's id once the case opens: only the renewal's own tasks are about it
    boolean aboutTheHonour = task.getVariable("honourId") instanceof Long
        && !RENEWAL_CASE_TASKS.contains(task.getTaskDefinitionKey());
    if (!aboutTheHonour && task.getVariable("applicationId") instanceof Long applicationId) {
      return applications.findById(applicationId).map(a -> Map.of(
          // the panels' and the renewal's forms name the case by it (their processes carry its id only); text, not
          // a field: nothing to echo back or store
          "caseLine", (a.getRenewalOfHonourId() == null ? "**申报编号**：" : "**复评编号**：") + a.getApplicationNumber()
              + (a.getRenewalOfHonourId() == null ? "　**申报主体**：" : "　**获奖者**：") + MarkdownText.of(a.getApplicantName()),
          "kindLabel", a.getKind().label(),
          "caseStage", a.getStage().label(),
          "evidenceLinks", evidenceLinks(a),
          // echoed by the recommending unit's review form: a decision on an older revision is refused (Art 16)
          "materialRevision", String.valueOf(a.getMaterialRevision()))).orElse(Map.of());
    } else if (task.getVariable("honourId") instanceof Long honourId) {
      return honours.find(honourId).map(h -> Map.of(
          "kindLabel", h.getKind().label() + " · " + h.getLevel().label(),
          "caseStage", "荣誉有效期 " + h.getAwardedOn() + " 至 " + h.getValidUntil(),
          "evidenceLinks", apiEvidenceLinks(h.getApplicationId()))).orElse(Map.of());
    } else if (task.getVariable("editionId") instanceof Long editionId) {
      return editions.find(editionId).map(e -> Map.of(
          "editionName", MarkdownText.of(e.getName()),
          "caseStage", e.getStage().label())).orElse(Map.of());
    }
    return Map.of();
  }

  /**
   * The case file first ({@code /cases/{applicationNumber}}: profile, self-assessment, evidence with
   * preview, findings, history), then the files, each opened in the case file's viewer
   * {@code /cases/{applicationNumber}/files/{evidenceId}}, which logs the opening; a file only declared is
   * listed without a link, a trade secret says who may open it (Art 16, 29). A link's label is a numbered
   * label (材料1) made of ids only; the file name beside it is the uploader's text, shown as text
   * ({@link MarkdownText}).
   */
  private String evidenceLinks(Application application) {
    if (application.getApplicationNumber() == null) {
      return NO_EVIDENCE;
    }
    String number = application.getApplicationNumber();
    String caseFile = "[打开案卷 " + number + "（申报信息、自评报告、材料预览、办理记录）](/cases/" + number + ")";
    List<EvidenceAttachment> files = evidence.findByApplicationIdOrderById(application.getId());
    if (files.isEmpty()) {
      return caseFile + "\n\n" + NO_EVIDENCE;
    }
    return caseFile + "\n\n" + IntStream.range(0, files.size()).mapToObj(i -> "- " + entry(number, i + 1, files.get(i)))
        .collect(Collectors.joining("\n"));
  }

  /**
   * An honour's tasks (return visits, the holder's renewal request, revocation) are no longer the case's
   * review: their people (regulators, the holder, the leading group) read the files through
   * {@code GET /api/applications/{id}/evidence/{evidenceId}} as before, not through the case file.
   */
  private String apiEvidenceLinks(Long applicationId) {
    List<EvidenceAttachment> files = applicationId == null ? List.of() : evidence.findByApplicationIdOrderById(applicationId);
    if (files.isEmpty()) {
      return NO_EVIDENCE;
    }
    return IntStream.range(0, files.size()).mapToObj(i -> {
      EvidenceAttachment file = files.get(i);
      String label = "材料" + (i + 1);
      String name = MarkdownText.of(file.getFileName());
      String entry = file.isUploaded()
          ? "[" + label + "](/api/applications/" + file.getApplicationId() + "/evidence/" + file.getId() + ")：" + name
          : label + "：" + name + "（已申报，尚未上传）";
      return "- " + (file.isTradeSecret() ? entry + "（涉及商业秘密，仅市质强办可查看）" : entry);
    }).collect(Collectors.joining("\n"));
  }

  private static String entry(String number, int position, EvidenceAttachment file) {
    String label = "材料" + position;
    String name = MarkdownText.of(file.getFileName());
    String entry = file.isUploaded()
        ? "[" + label + "](/cases/" + number + "/files/" + file.getId() + ")：" + name
        : label + "：" + name + "（已申报，尚未上传）";
    return file.isTradeSecret() ? entry + "（涉及商业秘密：市质强办及签署保密承诺的评审组成员可查看）" : entry;
  }
}
