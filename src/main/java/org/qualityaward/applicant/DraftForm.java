package org.qualityaward.applicant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityaward.eligibility.ApplicationKind;

/**
 * What an applicant typed into the guided form, field by field, as the form names the fields. The
 * steps and their fields are fixed here; which profile fields, conditions and sections a step has
 * depends on the kind chosen in the first step.
 */
final class DraftForm {

  static final String KIND = "kind";
  static final String RECOMMENDER = "recommenderCode";
  static final String NO_STATE_SECRETS = "noStateSecrets";
  static final String CREDIT_RECORDS = "creditRecords";
  static final String ACCIDENTS = "accidents";
  static final String EMPLOYER_CREDIT_RECORDS = "employerCreditRecords";
  static final String FILES = "files";
  static final String SECTION_PREFIX = "section.";
  /** The most a draft keeps of one field, so that a pasted book cannot overflow the draft's column. */
  static final int MAX_KEPT = 10_000;

  static final List<String> ORGANIZATION_FIELDS = List.of("orgName", "creditCode", "registeredOn",
      "registrationAuthority", "registeredAddress", "groupCreditCode", "industry", "chiefQualityOfficer",
      "topManagerName");
  static final List<String> INDIVIDUAL_FIELDS = List.of("indName", "idNumber", "employerCreditCode", "employerIndustry",
      "qualityWorkSince", "topManager");
  static final List<String> REQUIRED_PROFILE = List.of("orgName", "creditCode", "registeredOn",
      "registrationAuthority", "registeredAddress", "industry", "chiefQualityOfficer", "indName", "idNumber",
      "employerCreditCode", "employerIndustry", "qualityWorkSince",
      "topManager");
  /** Yes/no questions answered by radio buttons: absent means not answered. */
  static final List<String> RADIOS = List.of("chiefQualityOfficer", "topManager");

  /** How the form labels each field, for the list of what is missing and the field problems. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(KIND, "申报类别"), Map.entry(RECOMMENDER, "推荐单位"),
      Map.entry("orgName", "组织名称"), Map.entry("creditCode", "统一社会信用代码"),
      Map.entry("registeredOn", "注册登记日期"), Map.entry("registrationAuthority", "登记机关"),
      Map.entry("registeredAddress", "住所（注册地址）"), Map.entry("groupCreditCode", "所属集团公司统一社会信用代码"),
      Map.entry("industry", "行业代码（GB/T 4754）"), Map.entry("chiefQualityOfficer", "是否实施首席质量官制度"),
      Map.entry("topManagerName", "最高管理者姓名"), Map.entry("indName", "姓名"),
      Map.entry("idNumber", "居民身份证号码"), Map.entry("employerCreditCode", "所在单位统一社会信用代码"),
      Map.entry("employerIndustry", "所在单位行业代码（GB/T 4754）"),
      Map.entry("qualityWorkSince", "从事质量相关工作起始日期"), Map.entry("topManager", "是否为所在组织最高管理者"),
      Map.entry(NO_STATE_SECRETS, "不涉及国家秘密的声明"), Map.entry(CREDIT_RECORDS, "信用记录"),
      Map.entry(ACCIDENTS, "事故与投诉记录"), Map.entry(EMPLOYER_CREDIT_RECORDS, "所在组织信用记录"), Map.entry(FILES, "证实性材料"), Map.entry("edition", "届次"));

  /** The steps of the guided form, in order. */
  enum Step {
    KIND(1, "申报类别"),
    PROFILE(2, "基本信息"),
    CONDITIONS(3, "条件声明"),
    SELF_ASSESSMENT(4, "自我评价"),
    EVIDENCE(5, "证实性材料"),
    REVIEW(6, "核对并提交");

    private final int number;
    private final String title;

    Step(int number, String title) {
      this.number = number;
      this.title = title;
    }

    public int number() {
      return number;
    }

    public String title() {
      return title;
    }

    static Step of(int number) {
      for (Step step : values()) {
        if (step.number == number) {
          return step;
        }
      }
      return KIND;
    }
  }

  private final Map<String, String> values;

  DraftForm(Map<String, String> values) {
    this.values = new LinkedHashMap<>(values);
  }

  Map<String, String> values() {
    return values;
  }

  String get(String field) {
    String value = values.get(field);
    return value == null || value.isBlank() ? null : value.trim();
  }

  boolean has(String field) {
    return get(field) != null;
  }

  ApplicationKind kind() {
    String kind = get(KIND);
    try {
      return kind == null ? null : ApplicationKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  List<String> profileFields() {
    return kind() == ApplicationKind.INDIVIDUAL ? INDIVIDUAL_FIELDS : ORGANIZATION_FIELDS;
  }

  /** The step a field is typed in, to send the applicant back to it. */
  static Step stepOf(String field) {
    if (field.equals(KIND) || field.equals(RECOMMENDER) || field.equals("edition")) {
      return Step.KIND;
    }
    if (ORGANIZATION_FIELDS.contains(field) || INDIVIDUAL_FIELDS.contains(field)) {
      return Step.PROFILE;
    }
    if (field.startsWith("cond") || field.startsWith("statement") || field.equals(NO_STATE_SECRETS) || field.equals(CREDIT_RECORDS)
        || field.equals(ACCIDENTS) || field.equals(EMPLOYER_CREDIT_RECORDS)) {
      return Step.CONDITIONS;
    }
    if (field.startsWith(SECTION_PREFIX) || field.equals("selfAssessment")) {
      return Step.SELF_ASSESSMENT;
    }
    if (field.startsWith(FILES)) {
      return Step.EVIDENCE;
    }
    return Step.REVIEW;
  }

  /**
   * Takes what one step posted: each of the step's fields is replaced, an unticked checkbox or an
   * unanswered question is removed; other steps' fields stay as they were.
   */
  void take(List<String> stepFields, List<String> checkboxes, Map<String, String> posted) {
    for (String field : stepFields) {
      String value = posted.get(field);
      if (checkboxes.contains(field)) {
        if (value == null) {
          values.remove(field);
        } else {
          values.put(field, "true");
        }
      } else if (value == null || value.isBlank()) {
        values.remove(field);
      } else {
        // far above any field's limit (a section's is 2 500): the submission says what is too long
        String text = value.strip();
        values.put(field, text.length() > MAX_KEPT ? text.substring(0, MAX_KEPT) : text);
      }
    }
  }
}
