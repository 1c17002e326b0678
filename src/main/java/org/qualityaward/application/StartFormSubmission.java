package org.qualityaward.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qualityaward.eligibility.AccidentRecord;
import org.qualityaward.eligibility.AccidentType;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.forms.FormSchema;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * Reads the flat fields of the Tasklist start form ({@code forms/application-start.form}) into an
 * {@link ApplicationSubmission}. Lists are typed one item a line, as office staff paste them:
 * records as {@code 2023-05-10 行政处罚 说明}, evidence as {@code 文件名 | 是} (是 = trade secret).
 */
final class StartFormSubmission {

  /** The resident ID number field: our table keeps it, the engine forgets it ({@code CaseSteps.startFormOutOfHistory}). */
  static final String ID_NUMBER = "idNumber";

  private static final String FORM = "forms/application-start.form";

  /** Tasklist shows the message to the person who filled the form: name the fields as it labels them. */
  private static final Map<String, String> LABELS = Map.of("evidence", "证实性材料清单", "creditRecords", "信用记录",
      "accidents", "事故与投诉记录", "employerCreditRecords", "所在组织信用记录", "kind", "申报类别",
      "registeredOn", "注册登记日期", "qualityWorkSince", "从事质量工作起始日期");

  private final Map<String, Object> form;
  private final List<FieldProblem> problems = new ArrayList<>();

  private StartFormSubmission(Map<String, Object> form) {
    this.form = form;
  }

  /** The deployed start form, as it ships with the application. */
  private static final FormSchema START_FORM = parse(FORM);

  /**
   * The start form's fields the engine must forget once the case is registered: all but those the case
   * carries as {@link CaseVariables} (our tables keep the application: names, records, statements and the
   * self-assessment are not the engine's to keep, nor its history's).
   */
  static Set<String> fieldsToForget() {
    Set<String> fields = new HashSet<>(START_FORM.inputKeys());
    fields.removeAll(CaseVariables.NAMES);
    return Set.copyOf(fields);
  }

  /**
   * The refusal as the person at the start form reads it: each problem named by the field it is about, as the
   * form labels it (a problem of the submission by its field's label, one of a typed line by its line).
   */
  static InvalidInputException labelled(InvalidInputException refusal) {
    return new InvalidInputException(refusal.problems().stream().map(p -> {
      String key = SubmissionFieldNames.formKey(p.field());
      String label = LABELS.getOrDefault(key, START_FORM.label(key));
      String named = label != null ? label : p.field();
      return named == null || named.isBlank() || p.message().contains(named) ? p
          : new FieldProblem(p.field(), "「" + named + "」" + p.message());
    }).toList());
  }

  private static FormSchema parse(String resource) {
    try (InputStream form = StartFormSubmission.class.getClassLoader().getResourceAsStream(resource)) {
      if (form == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return FormSchema.parse(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ApplicationSubmission read(Map<String, Object> form, Long editionId) {
    return new StartFormSubmission(form).toSubmission(editionId);
  }

  private ApplicationSubmission toSubmission(Long editionId) {
    ApplicationKind kind = parse("kind", ApplicationKind::valueOf);
    OrganizationProfile organization = kind != ApplicationKind.ORGANIZATION ? null
        : new OrganizationProfile(text("orgName"), upper("creditCode"), date("registeredOn"),
            text("registrationAuthority"), text("registeredAddress"), upper("groupCreditCode"),
            text("industry"), flag("chiefQualityOfficer"), text("topManagerName"));
    IndividualProfile individual = kind != ApplicationKind.INDIVIDUAL ? null
        : new IndividualProfile(text("indName"), upper(ID_NUMBER), upper("employerCreditCode"),
            date("qualityWorkSince"), flag("topManager"), upper("employerIndustry"));
    Declarations declarations = declarations();
    List<EvidenceMark> evidence = lines("evidence", this::evidenceMark);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, String> statements = new LinkedHashMap<>();
    if (kind != null) {
      ConditionPoints.declared(kind).stream().filter(p -> text(p.statementField()) != null)
          .forEach(p -> statements.put(p.code(), text(p.statementField())));
    }
    return new ApplicationSubmission(editionId, kind, text("recommenderCode"), organization, individual,
        declarations, text("selfAssessment"), evidence, statements);
  }

  /**
   * The declared records alone, typed one a line as on the start form: a renewal's request (Art 33) declares those of
   * the validity. Refused with each line's problem.
   */
  static Declarations declarations(Map<String, Object> form) {
    StartFormSubmission read = new StartFormSubmission(form);
    Declarations declarations = read.declarations();
    if (!read.problems.isEmpty()) {
      throw new InvalidInputException(read.problems);
    }
    return declarations;
  }

  private Declarations declarations() {
    return new Declarations(flag("noStateSecrets"), lines("creditRecords", this::creditRecord),
        lines("accidents", this::accident), lines("employerCreditRecords", this::creditRecord));
  }

  private CreditRecord creditRecord(String line) {
    String[] parts = TypedLine.fields(line, 3);
    return new CreditRecord(label(parts, CreditRecordType.values(), CreditRecordType::label), day(parts[0]),
        parts.length > 2 ? parts[2] : null);
  }

  private AccidentRecord accident(String line) {
    String[] parts = TypedLine.fields(line, 3);
    return new AccidentRecord(label(parts, AccidentType.values(), AccidentType::label), day(parts[0]),
        parts.length > 2 ? parts[2] : null);
  }

  private EvidenceMark evidenceMark(String line) {
    String[] parts = line.split("[|｜]");
    if (parts.length != 2 || !List.of("是", "否").contains(parts[1].trim())) {
      throw new IllegalArgumentException("应为「文件名 | 是」或「文件名 | 否」，注明是否涉及商业秘密（第十六条）");
    }
    return new EvidenceMark(parts[0].trim(), "是".equals(parts[1].trim()));
  }

  private static <E extends Enum<E>> E label(String[] parts, E[] values, Function<E, String> label) {
    if (parts.length < 2) {
      throw new IllegalArgumentException("应为「日期 类型 说明」");
    }
    for (E value : values) {
      if (label.apply(value).equals(parts[1]) || value.name().equals(parts[1])) {
        return value;
      }
    }
    throw new IllegalArgumentException("类型「" + parts[1] + "」不认识，可选："
        + String.join("、", java.util.Arrays.stream(values).map(label).toList()));
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("日期「" + text + "」应为 YYYY-MM-DD");
    }
  }

  private <T> List<T> lines(String field, Function<String, T> parser) {
    List<T> items = new ArrayList<>();
    String value = text(field);
    if (value == null) {
      return items;
    }
    int number = 0;
    for (String line : value.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(parser.apply(line.trim()));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(LABELS.getOrDefault(field, field) + "第" + number + "行", e.getMessage()));
      }
    }
    return items;
  }

  private <T> T parse(String field, Function<String, T> parser) {
    String value = text(field);
    try {
      return value == null ? null : parser.apply(value);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(LABELS.getOrDefault(field, field), "取值「" + value + "」无效"));
      return null;
    }
  }

  private LocalDate date(String field) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(LABELS.getOrDefault(field, field), "日期格式应为 YYYY-MM-DD"));
      return null;
    }
  }

  private String text(String field) {
    Object value = form.get(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private String upper(String field) {
    String value = text(field);
    return value == null ? null : value.toUpperCase();
  }

  private Boolean flag(String field) {
    Object value = form.get(field);
    return value == null ? null : Boolean.valueOf(value.toString());
  }
}
