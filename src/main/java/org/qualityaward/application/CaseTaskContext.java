package org.qualityaward.application;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.edition.EditionService;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.honour.Honours;
import org.qualityaward.platform.UserTaskParsing;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The forms open with the case's context (applicant, kind, stage, evidence); the processes carry
 * only ids, so every task gets what its header shows as task-local variables, read from the
 * tables when the task is created: {@code kindLabel}, {@code caseStage} and {@code evidenceLinks}
 * (a Markdown list of the case's evidence files). A task of an edition gets its name and stage.
 */
@Component
class CaseTaskContext extends AbstractProcessEnginePlugin {

  private static final String NO_EVIDENCE = "（无附件）";

  private final ApplicationRepository applications;
  private final EvidenceAttachmentRepository evidence;
  private final Honours honours;
  private final EditionService editions;
  private final TaskService taskService;
  private final IdentityService identityService;

  // @Lazy: the engine plugin is built before the engine's services and the repositories exist
  CaseTaskContext(@Lazy ApplicationRepository applications, @Lazy EvidenceAttachmentRepository evidence,
      @Lazy Honours honours, @Lazy EditionService editions, @Lazy TaskService taskService,
      @Lazy IdentityService identityService) {
    this.applications = applications;
    this.evidence = evidence;
    this.honours = honours;
    this.editions = editions;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener describe = this::describe;
    UserTaskParsing.onEveryUserTask(configuration, (element, task) -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, describe));
  }

  /**
   * The case a task belongs to: its application, else the honour, else the edition — for showing only,
   * across every model, by the id inputs the system set when it started the instance (no act reads them).
   */
  private void describe(DelegateTask task) {
    if (task.getVariable("applicationId") instanceof Long applicationId) {
      applications.findById(applicationId).ifPresent(a -> {
        task.setVariableLocal("kindLabel", a.getKind().label());
        task.setVariableLocal("caseStage", a.getStage().label());
        task.setVariableLocal("evidenceLinks", evidenceLinks(a.getId()));
      });
    } else if (task.getVariable("honourId") instanceof Long honourId) {
      honours.find(honourId).ifPresent(h -> {
        task.setVariableLocal("kindLabel", h.getKind().label() + " · " + h.getLevel().label());
        task.setVariableLocal("caseStage", "荣誉有效期 " + h.getAwardedOn() + " 至 " + h.getValidUntil());
        task.setVariableLocal("evidenceLinks", apiEvidenceLinks(h.getApplicationId()));
      });
    } else if (task.getVariable("editionId") instanceof Long editionId) {
      editions.find(editionId).ifPresent(e -> {
        task.setVariableLocal("editionName", e.getName());
        task.setVariableLocal("caseStage", e.getStage().label());
      });
    }
  }

  /**
   * Files are usually uploaded after the case has started, so an upload rewrites the list on the
   * case's open tasks. Those belong to other people: the uploader's authorizations must not hide them.
   */
  void refreshEvidence(Long applicationId) {
    String links = evidenceLinks(applicationId);
    Authentication uploader = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      taskService.createTaskQuery().processVariableValueEquals("applicationId", applicationId).list()
          .forEach(t -> taskService.setVariableLocal(t.getId(), "evidenceLinks", links));
    } finally {
      identityService.setAuthentication(uploader);
    }
  }

  /**
   * The case file first ({@code /cases/{applicationNumber}}: profile, self-assessment, evidence with
   * preview, findings, history), then the files, each opened in the case file's viewer
   * {@code /cases/{applicationNumber}/files/{evidenceId}}, which logs the opening; a file only declared is
   * listed without a link, a trade secret says who may open it (Art 16, 29). A link's label is a numbered
   * label (材料1) made of ids only; the file name beside it is the uploader's text, shown as text
   * ({@link MarkdownText}).
   */
  private String evidenceLinks(Long applicationId) {
    if (applicationId == null) {
      return NO_EVIDENCE;
    }
    Application application = applications.findById(applicationId).orElse(null);
    if (application == null || application.getApplicationNumber() == null) {
      return NO_EVIDENCE;
    }
    String number = application.getApplicationNumber();
    String caseFile = "[打开案卷 " + number + "（申报信息、自评报告、材料预览、办理记录）](/cases/" + number + ")";
    List<EvidenceAttachment> files = evidence.findByApplicationIdOrderById(applicationId);
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
