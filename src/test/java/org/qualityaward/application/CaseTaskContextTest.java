package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleFiles;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The header every form opens with reads the form variables {@link CaseTaskContext} adds when the form is opened. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseTaskContextTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired EditionService editions;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;

  private Edition edition;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "表头测试届", LocalDate.of(2026, 3, 31)));
    if (identityService.createUserQuery().userId("ctxapplicant").count() == 0) {
      User user = identityService.newUser("ctxapplicant");
      user.setPassword("secret");
      TestUsers.save(identityService, user);
      identityService.createMembership("ctxapplicant", "applicant");
    }
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("an edition's task shows the edition's name and stage")
  void editionTask() {
    Task notice = taskService.createTaskQuery().processInstanceBusinessKey(edition.businessKey()).singleResult();

    assertThat(formService.getTaskFormVariables(notice.getId())).containsEntry("editionName", "表头测试届")
        .containsEntry("caseStage", EditionStage.NOTICE.label());
    assertThat(formService.getTaskFormVariables(notice.getId(), List.of("caseStage"), true))
        .containsOnlyKeys("caseStage");
  }

  @Test
  @DisplayName("Art 16: the recommender's task shows kind, stage, the case file and the evidence; a file uploaded later gets a link into the case file, its name text beside it")
  void applicationTask() throws Exception {
    var submission = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", 701, LocalDate.of(2012, 5, 1));
    String created = mvc.perform(post("/api/applications").with(httpBasic("ctxapplicant", "secret"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    Task review = taskService.createTaskQuery().processVariableValueEquals("applicationId", id).singleResult();
    String number = json.readTree(created).get("applicationNumber").asText();
    String caseFile = "[打开案卷 " + number + "（申报信息、自评报告、材料预览、办理记录）](/cases/" + number + ")\n\n";

    Map<String, Object> header = formService.getTaskFormVariables(review.getId());
    assertThat(header).containsEntry("kindLabel", ApplicationKind.ORGANIZATION.label())
        .containsEntry("caseStage", ApplicationStage.RECOMMENDER_REVIEW.label())
        .containsEntry("evidenceLinks", caseFile + "- 材料1：首席质量官任命文件\\.pdf（已申报，尚未上传）\n"
            + "- 材料2：工艺诀窍\\.pdf（已申报，尚未上传）（涉及商业秘密：市质强办及签署保密承诺的评审组成员可查看）");

    // the applicant may not see the recommender's task, yet the upload still updates it
    long appointment = upload(id, "首席质量官任命文件.pdf");
    // a name is the uploader's text: in the form's Markdown it stays text, the link holds ids only
    long html = upload(id, "<img src=x onerror=alert(1)>[链接](javascript:alert(1)).pdf");

    assertThat(formService.getTaskFormVariables(review.getId()).get("evidenceLinks")).isEqualTo(caseFile
            + "- [材料1](/cases/" + number + "/files/" + appointment + ")：首席质量官任命文件\\.pdf\n"
            + "- 材料2：工艺诀窍\\.pdf（已申报，尚未上传）（涉及商业秘密：市质强办及签署保密承诺的评审组成员可查看）\n"
            + "- [材料3](/cases/" + number + "/files/" + html + ")："
            + "\\<img src\\=x onerror\\=alert\\(1\\)\\>\\[链接\\]\\(javascript\\:alert\\(1\\)\\)\\.pdf");
    // read when the form opens, never stored with the task (no runtime or history rows for each task)
    assertThat(taskService.getVariablesLocal(review.getId())).doesNotContainKeys("kindLabel", "caseStage", "evidenceLinks");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(review.getId()).variableName("evidenceLinks")
        .count()).isZero();
  }

  private long upload(long applicationId, String name) throws Exception {
    String uploaded = mvc.perform(multipart("/api/applications/" + applicationId + "/evidence")
            .file(new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf()))
            .param("tradeSecret", "false").with(httpBasic("ctxapplicant", "secret")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return json.readTree(uploaded).get("id").asLong();
  }
}
