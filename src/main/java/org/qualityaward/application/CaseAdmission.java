package org.qualityaward.application;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.publicity.PublicityRequest;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.recommender.Recommenders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admission steps around the cases: the recommender's publicity (Art 16), the consultation of
 * city departments and the office's summary at qualification review, and the accepted list's
 * publicity (Art 17). Called from the models as {@code caseAdmission}.
 */
@Service("caseAdmission")
public class CaseAdmission {

  private final ApplicationCases cases;
  private final ApplicationRepository applications;
  private final UnitOpinionRepository opinions;
  private final PublicityService publicities;
  private final EditionService editions;
  private final Recommenders recommenders;
  private final WorkingDayCalendar calendar;
  private final int publicityDays;
  private final List<String> consultedDepartments;

  CaseAdmission(ApplicationCases cases, ApplicationRepository applications, UnitOpinionRepository opinions,
      PublicityService publicities, EditionService editions, Recommenders recommenders, WorkingDayCalendar calendar,
      @Value("${qa.publicity.working-days:5}") int publicityDays,
      @Value("${qa.qualification-review.consulted-departments:R-CITY-EE,R-CITY-EM}") List<String> consultedDepartments) {
    this.cases = cases;
    this.applications = applications;
    this.opinions = opinions;
    this.publicities = publicities;
    this.editions = editions;
    this.recommenders = recommenders;
    this.calendar = calendar;
    this.publicityDays = publicityDays;
    this.consultedDepartments = List.copyOf(consultedDepartments);
  }

  /** Art 16: the recommender publishes its candidate for at least 5 working days. */
  @Transactional
  public Long openRecommenderPublicity(Long applicationId) {
    Application application = cases.get(applicationId);
    // its handlers are the recommending unit on record, whatever a variable says
    String recommenderGroup = recommenders.find(application.getRecommenderCode()).orElseThrow().groupId();
    return publicities.publish(new PublicityRequest("推荐对象公示：" + application.getApplicantName(),
        PublicityKind.RECOMMENDATION, application.getEditionId(), calendar.today(), publicityDays, recommenderGroup,
        List.of(entry(application))));
  }

  /**
   * Art 17: the accepted list goes to publicity; an edition without accepted cases has none (null).
   */
  @Transactional
  public Long openAcceptedListPublicity(Long editionId) {
    Edition edition = editions.get(editionId);
    List<Application> accepted =
        applications.findByEditionIdAndStageOrderByApplicationNumber(editionId, ApplicationStage.ACCEPTED);
    if (accepted.isEmpty()) {
      return null;
    }
    return publicities.publish(new PublicityRequest(edition.getName() + "受理名单公示",
        PublicityKind.ACCEPTED_LIST, editionId, calendar.today(), publicityDays, "quality-office",
        accepted.stream().map(CaseAdmission::entry).toList()));
  }

  /** City departments whose opinion the office asks for at qualification review (Art 17). */
  public List<String> consultedDepartments() {
    return consultedDepartments;
  }

  /**
   * A unit's opinion at one of the case's steps (their listeners read the forms), each its own row: the
   * departments' answers live in variables local to their multi-instance executions, so parallel answers do not
   * overwrite each other, and the unit's review, sign-off and the county body's consent no longer overwrite one
   * another's words in the case's variable {@code comment}.
   */
  @Transactional
  void recordOpinion(Long applicationId, String department, boolean approved, String comment, String answeredBy) {
    opinions.save(new UnitOpinion(applicationId, OpinionStep.DEPARTMENT, department, approved, comment, answeredBy,
        calendar.now()));
  }

  /** The recommending unit's, or its county body's, opinion at one of its steps: the unit is the case's own. */
  @Transactional
  void recordUnitOpinion(Long applicationId, OpinionStep step, boolean approved, String comment, String answeredBy) {
    opinions.save(new UnitOpinion(applicationId, step, cases.get(applicationId).getRecommenderCode(), approved, comment,
        answeredBy, calendar.now()));
  }

  /**
   * What the office reads before concluding: an organisation's declared registration, the re-run rules
   * (⚠ for one passed on the declaration that the office must confirm) and every department's opinion.
   */
  public String qualificationSummary(Long applicationId) {
    Application application = cases.get(applicationId);
    String registration = application.getKind() != ApplicationKind.ORGANIZATION ? ""
        : "登记机关：%s；住所：%s\n\n".formatted(Objects.toString(application.getRegistrationAuthority(), "未填写"),
            Objects.toString(application.getRegisteredAddress(), "未填写"));
    String findings = cases.latestFindings(applicationId).stream()
        .map(f -> mark(f) + f.rule() + "（" + f.articleLabel() + "）" + f.message())
        .collect(Collectors.joining("\n"));
    List<UnitOpinion> given = opinions.findByApplicationIdOrderById(applicationId);
    return registration + "申报条件复核：\n" + findings
        + "\n\n推荐意见：\n" + lines(given.stream().filter(o -> o.getStep() != OpinionStep.DEPARTMENT).toList())
        + "\n\n部门意见：\n" + lines(given.stream().filter(o -> o.getStep() == OpinionStep.DEPARTMENT).toList());
  }

  private static String lines(List<UnitOpinion> given) {
    String lines = given.stream()
        .map(o -> (o.getStep() == OpinionStep.DEPARTMENT ? o.getUnitCode() : o.getStep().label()) + "："
            + o.getStep().verdict(o.isApproved()) + (o.getComment() == null ? "" : "，" + o.getComment()))
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? "（无）" : lines;
  }

  private static String mark(Finding finding) {
    if (!finding.passed()) {
      return "✘ ";
    }
    return finding.toConfirm() ? "⚠ 需核实 " : "✔ ";
  }

  private static PublicityRequest.Entry entry(Application application) {
    String summary = application.getApplicationNumber() + "，" + application.getKind().label()
        + (application.getIndustry() == null ? "" : "，行业 " + application.getIndustry());
    return new PublicityRequest.Entry(application.getId(), application.getApplicantName(), summary);
  }
}
