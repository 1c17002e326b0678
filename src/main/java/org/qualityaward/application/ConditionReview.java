package org.qualityaward.application;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declared conditions of a case ({@link ConditionPoints}) judged point by point: the recommending
 * unit in 推荐单位审核 (Art 16), the office in 资格审查 (Art 17). A refused point names its reason; the
 * reviewer may then only refuse the case, and the refusals are the first reasons the applicant reads.
 */
@Service
public class ConditionReview {

  /** Who judges, and the prefix of their form's fields: {@code recommenderCondition1}, {@code …1Reason}. */
  public enum Step {
    RECOMMENDER("推荐单位", "recommender", "第十六条", "不能同意推荐"),
    OFFICE("市质强办", "office", "第十七条", "只能不予受理");

    private final String label;
    private final String prefix;
    private final String article;
    private final String consequence;

    Step(String label, String prefix, String article, String consequence) {
      this.label = label;
      this.prefix = prefix;
      this.article = article;
      this.consequence = consequence;
    }

    public String label() {
      return label;
    }

    /** The form's choice for the n-th declared point (1-based). */
    public String field(int slot) {
      return prefix + "Condition" + slot;
    }

    public String reasonField(int slot) {
      return field(slot) + "Reason";
    }
  }

  /** The forms' radio values. */
  static final String CONFIRMED = "CONFIRMED";
  static final String REFUSED = "REFUSED";
  /** What the listener accepts for a point: the forms' choices must be these (FormsTest). */
  public static final Set<String> CHOICES = Set.of(CONFIRMED, REFUSED);

  /** The point slots each review form has; every kind's declared points must fit (ConditionPointsTest). */
  public static final int FORM_SLOTS = 5;

  static final int MAX_REASON = 500;

  /** A reviewer's answer on one point. */
  public record Verdict(boolean confirmed, String reason, String decidedBy, LocalDateTime decidedAt) {

    public String label() {
      return confirmed ? "确认" : "不予确认：" + reason;
    }
  }

  /** A declared point of the case with the applicant's statement and each reviewer's verdict, if given. */
  public record CaseCondition(ConditionPoints.Point point, String statement, Verdict recommender, Verdict office) {

    public Optional<Verdict> of(Step step) {
      return Optional.ofNullable(step == Step.RECOMMENDER ? recommender : office);
    }
  }

  private final ApplicationRepository applications;
  private final DeclaredConditionRepository declared;
  private final ConditionVerdictRepository verdicts;
  private final WorkingDayCalendar calendar;

  ConditionReview(ApplicationRepository applications, DeclaredConditionRepository declared,
      ConditionVerdictRepository verdicts, WorkingDayCalendar calendar) {
    this.applications = applications;
    this.declared = declared;
    this.verdicts = verdicts;
    this.calendar = calendar;
  }

  /** Every point of the case's kind that people judge, in order, with what was said about it. */
  @Transactional(readOnly = true)
  public List<CaseCondition> of(Long applicationId) {
    Application application = applications.findById(applicationId).orElseThrow();
    Map<Integer, String> statements = declared.findByApplicationIdOrderByPoint(applicationId).stream()
        .filter(d -> d.getStatement() != null)
        .collect(Collectors.toMap(DeclaredCondition::getPoint, DeclaredCondition::getStatement));
    List<ConditionVerdict> given = verdicts.findByApplicationIdOrderByStepAscPointAsc(applicationId);
    return ConditionPoints.declared(application.getKind()).stream().map(point -> new CaseCondition(point,
        statements.get(point.number()), verdict(given, point, Step.RECOMMENDER), verdict(given, point, Step.OFFICE)))
        .toList();
  }

  /** Stores the statements of a new application, already checked by {@link ConditionPoints#check}. */
  void declare(Application application, Map<String, String> statements) {
    for (ConditionPoints.Point point : ConditionPoints.declared(application.getKind())) {
      declared.save(new DeclaredCondition(application.getId(), point, statements.get(point.code()).strip()));
    }
  }

  /**
   * The n-th slot's text in the reviewer's form: the point, the materials it needs, the applicant's
   * statement (as text) and, for the office, the recommending unit's verdict. Empty beyond the kind's points.
   */
  Map<String, String> formTexts(Long applicationId, Step step) {
    List<CaseCondition> conditions = of(applicationId);
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (int slot = 1; slot <= conditions.size(); slot++) {
      CaseCondition c = conditions.get(slot - 1);
      String text = "**" + c.point().citation() + "**　" + c.point().declaration()
          + "\n\n需提供的证实性材料：" + c.point().evidence()
          + "\n\n申报人说明：" + (c.statement() == null ? "（申报时未逐项说明，请依据证实性材料核实）" : MarkdownText.of(c.statement()));
      if (step == Step.OFFICE) {
        text += "\n\n推荐单位意见：" + c.of(Step.RECOMMENDER).map(v -> MarkdownText.of(v.label())).orElse("（未逐项审核）");
      }
      texts.put("conditionPoint" + slot, text);
    }
    return texts;
  }

  /**
   * Records the reviewer's verdict on every point from the fields of their form, or refuses the whole
   * answer by field: a point left unjudged, a refusal without its reason, or the case approved
   * ({@code approved}) while a point is refused.
   */
  @Transactional
  void record(Long applicationId, Step step, Function<String, Object> form, boolean approved, String actor) {
    List<CaseCondition> conditions = of(applicationId);
    List<FieldProblem> problems = new ArrayList<>();
    List<ConditionVerdict> answers = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    LocalDateTime now = calendar.now();
    for (int slot = 1; slot <= conditions.size(); slot++) {
      ConditionPoints.Point point = conditions.get(slot - 1).point();
      Object choice = form.apply(step.field(slot));
      String reason = form.apply(step.reasonField(slot)) instanceof String s && !s.isBlank() ? s.strip() : null;
      if (!CONFIRMED.equals(choice) && !REFUSED.equals(choice)) {
        problems.add(new FieldProblem(step.field(slot), "请对" + point.citation() + "逐项作出确认或不予确认（"
            + step.article + "）"));
        continue;
      }
      boolean confirmed = CONFIRMED.equals(choice);
      if (!confirmed && reason == null) {
        problems.add(new FieldProblem(step.reasonField(slot), "不予确认" + point.citation()
            + "须写明理由，理由将告知申报人（" + step.article + "）"));
      } else if (reason != null && reason.length() > MAX_REASON) {
        problems.add(new FieldProblem(step.reasonField(slot), "理由不能超过 " + MAX_REASON + " 字"));
      }
      if (!confirmed) {
        refused.add(point.citation());
      }
      answers.add(new ConditionVerdict(applicationId, point, step, confirmed, confirmed ? null : reason, actor, now));
    }
    if (approved && !refused.isEmpty()) {
      problems.add(new FieldProblem("approved", String.join("、", refused) + "不予确认，" + step.consequence
          + "（" + step.article + "）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    verdicts.deleteAll(verdicts.findByApplicationIdOrderByStepAscPointAsc(applicationId).stream()
        .filter(v -> v.getStep() == step).toList());
    verdicts.flush();
    verdicts.saveAll(answers);
  }

  /** The refused points of one step as the applicant reads them: 「第十一条第（三）项不予确认：理由」; empty if none. */
  @Transactional(readOnly = true)
  String refusals(Long applicationId, Step step) {
    return of(applicationId).stream()
        .filter(c -> c.of(step).filter(v -> !v.confirmed()).isPresent())
        .map(c -> c.point().citation() + "不予确认：" + c.of(step).orElseThrow().reason())
        .collect(Collectors.joining("；"));
  }

  private static Verdict verdict(List<ConditionVerdict> given, ConditionPoints.Point point, Step step) {
    return given.stream()
        .filter(v -> v.getStep() == step && v.getPoint() == point.number() && v.getArticle().equals(point.articleName()))
        .findFirst().map(v -> new Verdict(v.isConfirmed(), v.getReason(), v.getDecidedBy(), v.getDecidedAt()))
        .orElse(null);
  }
}
