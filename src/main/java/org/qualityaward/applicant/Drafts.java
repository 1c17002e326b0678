package org.qualityaward.applicant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.SubmissionFieldNames;
import org.qualityaward.application.ConditionPoints;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.AccidentRecord;
import org.qualityaward.eligibility.AccidentType;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.review.ScoringSheet;
import org.qualityaward.review.ScoringSheets;
import org.qualityaward.upload.UploadedFile;
import org.qualityaward.upload.UploadedFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guided application: drafts kept between visits (one per user and edition), files uploaded into
 * them, what is still missing, and the submission — through {@link ApplicantCases#submit}, the API's
 * rules and service, so a refusal names the same problems, here by the form's fields.
 */
@Service
class Drafts {

  /** Per section, so that the sections joined stay within the application's 20 000 characters. */
  static final int MAX_SECTION_LENGTH = 2500;
  static final int MAX_FILES = 30;

  private final ApplicationDraftRepository drafts;
  private final DraftFileRepository files;
  private final SelfAssessmentSectionRepository sections;
  private final ApplicantCases applicantCases;
  private final EditionService editions;
  private final ScoringSheets sheets;
  private final WorkingDayCalendar calendar;
  private final Validator validator;
  private final ObjectMapper json;

  Drafts(ApplicationDraftRepository drafts, DraftFileRepository files, SelfAssessmentSectionRepository sections,
      ApplicantCases applicantCases, EditionService editions,
      ScoringSheets sheets, WorkingDayCalendar calendar, Validator validator, ObjectMapper json) {
    this.drafts = drafts;
    this.files = files;
    this.sections = sections;
    this.applicantCases = applicantCases;
    this.editions = editions;
    this.sheets = sheets;
    this.calendar = calendar;
    this.validator = validator;
    this.json = json;
  }

  /** A file refused by the upload rules (type, size, mark), said in Chinese. */
  static class FileRefused extends RuntimeException {
    FileRefused(String message) {
      super(message);
    }
  }

  /**
   * A page was saved over a change made to the same fields since it was shown (another window or device;
   * colleagues sharing one account): a draft's step or a correction. Nothing of the post is stored.
   */
  static class SavedElsewhere extends RuntimeException {
    private final LocalDateTime savedAt;

    SavedElsewhere(LocalDateTime savedAt) {
      super("本页的内容在打开后已在其他窗口或设备上保存过");
      this.savedAt = savedAt;
    }

    LocalDateTime savedAt() {
      return savedAt;
    }
  }

  /** The hidden field of a step's form that carries {@link #stepVersion} as the page showed it. */
  static final String SEEN = "seenVersion";

  /** One thing the application still lacks, and the step where it is filled in. */
  record Missing(DraftForm.Step step, String field, String text) {}

  /** Editions taking applications today (Art 15). */
  List<Edition> openEditions() {
    LocalDate today = calendar.today();
    return editions.all().stream()
        .filter(e -> e.refusesApplications(today).isEmpty())
        .toList();
  }

  Edition openEdition(Long editionId) {
    Edition edition = editions.find(editionId).orElseThrow(() -> new NotFoundException("届次 " + editionId + " 不存在"));
    edition.refusesApplications(calendar.today()).ifPresent(refusal -> {
      throw new ConflictException(refusal);
    });
    return edition;
  }

  @Transactional(readOnly = true)
  List<ApplicationDraft> of(String userId) {
    return drafts.findByUserIdOrderByEditionId(userId);
  }

  /** The user's draft for the edition; a first visit starts an empty one. */
  @Transactional
  ApplicationDraft open(String userId, Long editionId) {
    openEdition(editionId);
    return drafts.findByUserIdAndEditionId(userId, editionId)
        .orElseGet(() -> drafts.save(new ApplicationDraft(userId, editionId, calendar.now())));
  }

  DraftForm form(ApplicationDraft draft) {
    try {
      return new DraftForm(json.readValue(draft.getForm() == null ? "{}" : draft.getForm(),
          new TypeReference<Map<String, String>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("草稿 " + draft.getId() + " 无法读取", e);
    }
  }

  @Transactional(readOnly = true)
  List<DraftFile> files(ApplicationDraft draft) {
    return files.findByDraftIdOrderById(draft.getId());
  }

  /** The sections of the self-assessment: the categories of the kind's current scoring sheet. */
  List<ScoringSheet.Category> sectionsOf(ApplicationKind kind) {
    return sheets.current(kind == null ? ApplicationKind.ORGANIZATION : kind).categories();
  }

  /** The fields the step posts (checkboxes included). */
  List<String> fieldsOf(DraftForm.Step step, DraftForm form) {
    return switch (step) {
      case KIND -> List.of(DraftForm.KIND, DraftForm.RECOMMENDER);
      case PROFILE -> form.profileFields();
      case CONDITIONS -> {
        List<String> fields = new ArrayList<>(checkboxesOf(form));
        ConditionPoints.declared(form.kind()).forEach(p -> fields.add(p.statementField()));
        fields.addAll(List.of(DraftForm.CREDIT_RECORDS, DraftForm.ACCIDENTS, DraftForm.EMPLOYER_CREDIT_RECORDS));
        yield fields;
      }
      case SELF_ASSESSMENT -> sectionsOf(form.kind()).stream().map(c -> DraftForm.SECTION_PREFIX + c.code()).toList();
      case EVIDENCE, REVIEW -> List.of();
    };
  }

  private static List<String> checkboxesOf(DraftForm form) {
    List<String> boxes = new ArrayList<>(ConditionPoints.of(form.kind()).stream().map(ConditionPoints.Point::field).toList());
    boxes.add(DraftForm.NO_STATE_SECRETS);
    return boxes;
  }

  /**
   * What a step's fields hold, as a short fingerprint: the step's page sends back the one it showed, so
   * that a save is refused when those fields changed meanwhile, and not when another step did.
   */
  String stepVersion(DraftForm form, DraftForm.Step step) {
    return fingerprint(fieldsOf(step, form), form.values());
  }

  /** A short fingerprint of these fields' values, for a page to send back what it showed. */
  static String fingerprint(Collection<String> fields, Map<String, String> values) {
    StringBuilder text = new StringBuilder();
    for (String field : fields) {
      text.append(field).append('=').append(Objects.toString(values.get(field), "")).append('\u0000');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The draft as this step's post would leave it: what the page shows again when the save is refused. */
  DraftForm withPosted(ApplicationDraft draft, DraftForm.Step step, Map<String, String> posted) {
    DraftForm form = form(draft);
    form.take(fieldsOf(step, form), checkboxesOf(form), posted);
    return form;
  }

  /**
   * Saves what one step posted; nothing is checked yet but the length of a section. A post that
   * says which {@link #stepVersion} it was typed over is refused ({@link SavedElsewhere}) when
   * the step was saved since with other values (the same values again, a double click, are no conflict).
   */
  @Transactional
  void save(String userId, Long editionId, DraftForm.Step step, Map<String, String> posted) {
    ApplicationDraft draft = open(userId, editionId);
    DraftForm saved = withPosted(draft, step, posted);
    if (savedElsewhere(posted.get(SEEN), stepVersion(form(draft), step), stepVersion(saved, step))) {
      throw new SavedElsewhere(draft.getUpdatedAt());
    }
    write(draft, saved);
  }

  private void write(ApplicationDraft draft, DraftForm form) {
    try {
      draft.save(json.writeValueAsString(form.values()), calendar.now());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds a file to the draft: what every upload must be ({@link UploadedFiles}) and its trade-secret
   * mark given explicitly (Art 16), or {@link FileRefused} saying why not.
   */
  @Transactional
  DraftFile addFile(String userId, Long editionId, String fileName, Boolean tradeSecret, byte[] content) {
    ApplicationDraft draft = open(userId, editionId);
    if (tradeSecret == null) {
      throw new FileRefused("请注明该文件是否涉及商业秘密（第十六条：涉及商业秘密的，应当予以注明）");
    }
    UploadedFile file;
    try {
      file = UploadedFiles.check(fileName, content);
    } catch (RuntimeException e) {
      throw new FileRefused(e.getMessage());
    }
    List<DraftFile> present = files.findByDraftIdOrderById(draft.getId());
    if (present.size() >= MAX_FILES) {
      throw new FileRefused("每份申报最多上传 " + MAX_FILES + " 个文件");
    }
    if (present.stream().anyMatch(f -> f.getFileName().equals(file.name()))) {
      throw new FileRefused("已上传同名文件「" + file.name() + "」，请先删除原文件或改名后上传");
    }
    return files.save(new DraftFile(draft.getId(), file.name(), tradeSecret, file.type().contentType(),
        file.content(), calendar.now()));
  }

  @Transactional
  void removeFile(String userId, Long editionId, Long fileId) {
    ApplicationDraft draft = open(userId, editionId);
    files.findById(fileId).filter(f -> f.getDraftId().equals(draft.getId())).ifPresent(files::delete);
  }

  /** What the application still lacks before it can be submitted, step by step. */
  List<Missing> missing(DraftForm form, List<DraftFile> draftFiles) {
    List<Missing> missing = new ArrayList<>();
    for (String field : List.of(DraftForm.KIND, DraftForm.RECOMMENDER)) {
      if (!form.has(field)) {
        missing.add(new Missing(DraftForm.Step.KIND, field, "未选择「" + DraftForm.LABELS.get(field) + "」"));
      }
    }
    if (form.kind() == null) {
      return missing;
    }
    for (String field : form.profileFields()) {
      if (DraftForm.REQUIRED_PROFILE.contains(field) && !form.has(field)) {
        missing.add(new Missing(DraftForm.Step.PROFILE, field, "未填写「" + DraftForm.LABELS.get(field) + "」"));
      }
    }
    for (ConditionPoints.Point point : ConditionPoints.of(form.kind())) {
      if (!form.has(point.field())) {
        missing.add(new Missing(DraftForm.Step.CONDITIONS, point.field(), "未确认" + point.citation() + "的条件"));
      }
      if (point.declared() && !form.has(point.statementField())) {
        missing.add(new Missing(DraftForm.Step.CONDITIONS, point.statementField(),
            "未说明如何符合" + point.citation() + "及其证实性材料"));
      }
    }
    if (!form.has(DraftForm.NO_STATE_SECRETS)) {
      missing.add(new Missing(DraftForm.Step.CONDITIONS, DraftForm.NO_STATE_SECRETS,
          "未声明申报材料不涉及国家秘密（第十六条）"));
    }
    for (ScoringSheet.Category section : sectionsOf(form.kind())) {
      if (!form.has(DraftForm.SECTION_PREFIX + section.code())) {
        missing.add(new Missing(DraftForm.Step.SELF_ASSESSMENT, DraftForm.SECTION_PREFIX + section.code(),
            "自我评价「" + section.name() + "」未填写"));
      }
    }
    if (draftFiles.isEmpty()) {
      missing.add(new Missing(DraftForm.Step.EVIDENCE, DraftForm.FILES, "尚未上传证实性材料（第十六条）"));
    }
    return missing;
  }

  /**
   * Submits the draft as the user's application: everything missing and every rule the API applies is
   * reported at once, by field ({@link InvalidInputException}); a closed intake or a second application
   * is a {@link ConflictException}. Nothing is stored from a refused submission and the draft stays;
   * an accepted one becomes the application, its files its evidence, and the draft is gone, unless the rules
   * found the application ineligible at once: then the draft stays for a corrected application.
   */
  @Transactional
  Application submit(String userId, Long editionId) {
    ApplicationDraft draft = open(userId, editionId);
    DraftForm form = form(draft);
    List<DraftFile> draftFiles = files.findByDraftIdOrderById(draft.getId());
    List<FieldProblem> problems = new ArrayList<>();
    missing(form, draftFiles).forEach(m -> problems.add(new FieldProblem(m.field(), m.text())));
    ApplicationSubmission submission = submission(editionId, form, draftFiles, problems);
    for (ConstraintViolation<ApplicationSubmission> v : validator.validate(submission)) {
      String field = SubmissionFields.fieldOf(v.getPropertyPath().toString());
      if (problems.stream().noneMatch(p -> p.field().equals(field))) {
        problems.add(new FieldProblem(field, SubmissionFieldNames.chinese(v)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Application application;
    try {
      application = applicantCases.submit(submission, userId, draftFiles.stream()
          .map(f -> new ApplicantCases.NewFile(f.getFileName(), f.isTradeSecret(), f.getContent())).toList());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> new FieldProblem(SubmissionFields.fieldOf(p.field()), p.message())).toList());
    }
    int position = 0;
    for (ScoringSheet.Category section : sectionsOf(form.kind())) {
      sections.save(new SelfAssessmentSection(application.getId(), position++, section.code(), section.name(),
          section.max(), form.get(DraftForm.SECTION_PREFIX + section.code())));
    }
    // an application the rules refused at once (Art 11–14) may be corrected and submitted again: the draft stays
    if (application.getOutcome() != ApplicationOutcome.INELIGIBLE) {
      files.deleteAll(draftFiles);
      drafts.delete(draft);
    }
    return application;
  }

  /**
   * Corrects a submitted application's self-assessment, section by section (or as one text when it
   * was submitted without sections, through the API), while the recommending unit has not decided.
   * Answers the problems by field; with any, nothing is changed.
   */
  @Transactional
  Map<String, String> correct(String userId, String applicationNumber, Map<String, String> posted) {
    Application application = applicantCases.own(userId, applicationNumber);
    checkNotSavedElsewhere(posted, selfAssessmentOf(application));
    List<SelfAssessmentSection> parts = sections.findByApplicationIdOrderByPosition(application.getId());
    Map<String, String> errors = new LinkedHashMap<>();
    if (parts.isEmpty()) {
      String text = posted.getOrDefault("selfAssessment", "").strip();
      if (text.isEmpty()) {
        errors.put("selfAssessment", "自我评价不能为空（第十六条：进行自我评价）");
      } else if (text.length() > 20000) {
        errors.put("selfAssessment", "不能超过 20000 字（现有 " + text.length() + " 字）");
      }
      if (errors.isEmpty()) {
        applicantCases.correctSelfAssessment(userId, applicationNumber, text);
      }
      return errors;
    }
    for (SelfAssessmentSection part : parts) {
      String field = DraftForm.SECTION_PREFIX + part.getCode();
      String text = posted.getOrDefault(field, "").strip();
      if (text.isEmpty()) {
        errors.put(field, "「" + part.getName() + "」不能为空");
      } else if (text.length() > MAX_SECTION_LENGTH) {
        errors.put(field, "不能超过 " + MAX_SECTION_LENGTH + " 字（现有 " + text.length() + " 字）");
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    // refused as a whole (ConflictException) once the recommending unit has decided
    parts.forEach(part -> part.correct(posted.get(DraftForm.SECTION_PREFIX + part.getCode()).strip()));
    applicantCases.correctSelfAssessment(userId, applicationNumber, joined(parts));
    return errors;
  }

  /**
   * Corrects a submitted application's profile while the recommending unit has not decided: the
   * profile's own rules, field by field; the credit code or ID number stays (it is whom the
   * application is of), and so do an individual's employer and top-manager answer (whose records were declared). With any problem nothing is changed; otherwise the eligibility rules run again.
   */
  @Transactional
  Map<String, String> correctProfile(String userId, String applicationNumber, Map<String, String> posted) {
    Application application = applicantCases.own(userId, applicationNumber);
    DraftForm form = new DraftForm(posted);
    List<FieldProblem> problems = new ArrayList<>();
    OrganizationProfile organization = null;
    IndividualProfile individual = null;
    String prefix;
    java.util.Set<? extends ConstraintViolation<?>> violations;
    if (application.getKind() == ApplicationKind.ORGANIZATION) {
      organization = new OrganizationProfile(form.get("orgName"), application.getCreditCode(),
          date(form, "registeredOn", problems), form.get("registrationAuthority"), form.get("registeredAddress"),
          upper(form, "groupCreditCode"), upper(form, "industry"), flag(form, "chiefQualityOfficer"),
          form.get("topManagerName"));
      violations = validator.validate(organization);
      prefix = "organization.";
    } else {
      IndividualProfile submitted = applicantCases.individualOf(application);
      // the employer and whether a top manager stay too: they decide whose records were declared (Art 12(6))
      individual = new IndividualProfile(form.get("indName"), submitted.idNumber(), submitted.employerCreditCode(),
          date(form, "qualityWorkSince", problems), submitted.topManager(), upper(form, "employerIndustry"));
      violations = validator.validate(individual);
      prefix = "individual.";
    }
    // against what this save would store (codes upper-cased, an unticked box false), so a double click is no conflict
    checkNotSavedElsewhere(posted.get(SEEN), profileOf(application), profileValues(organization, individual));
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.put(p.field(), p.message()));
    for (ConstraintViolation<?> v : violations) {
      errors.putIfAbsent(SubmissionFields.fieldOf(prefix + v.getPropertyPath()), SubmissionFieldNames.chinese(v));
    }
    if (errors.isEmpty()) {
      applicantCases.correctProfile(userId, applicationNumber, organization, individual);
    }
    return errors;
  }

  /** A submitted application's profile by the guided form's field names: what the correction form shows. */
  Map<String, String> profileOf(Application a) {
    return profileValues(applicantCases.organizationOf(a), applicantCases.individualOf(a));
  }

  private static Map<String, String> profileValues(OrganizationProfile org, IndividualProfile ind) {
    Map<String, String> values = new LinkedHashMap<>();
    if (org != null) {
      values.put("orgName", org.name());
      values.put("registeredOn", org.registeredOn() == null ? null : org.registeredOn().toString());
      values.put("registrationAuthority", org.registrationAuthority());
      values.put("registeredAddress", org.registeredAddress());
      values.put("groupCreditCode", org.groupCreditCode());
      values.put("industry", org.industry());
      values.put("chiefQualityOfficer", String.valueOf(org.chiefQualityOfficer()));
      values.put("topManagerName", org.topManagerName());
    }
    if (ind != null) {
      values.put("indName", ind.name());
      values.put("employerCreditCode", ind.employerCreditCode());
      values.put("employerIndustry", ind.employerIndustry());
      values.put("qualityWorkSince", ind.qualityWorkSince() == null ? null : ind.qualityWorkSince().toString());
      values.put("topManager", String.valueOf(ind.topManager()));
    }
    return values;
  }

  /** A submitted application's self-assessment by the correction form's fields: its sections, or the one text. */
  Map<String, String> selfAssessmentOf(Application application) {
    List<SelfAssessmentSection> parts = sections.findByApplicationIdOrderByPosition(application.getId());
    Map<String, String> values = new LinkedHashMap<>();
    if (parts.isEmpty()) {
      values.put("selfAssessment", application.getSelfAssessment());
    }
    parts.forEach(part -> values.put(DraftForm.SECTION_PREFIX + part.getCode(), part.getText()));
    return values;
  }

  /**
   * Refuses ({@link SavedElsewhere}) a correction typed over other values saved since its page showed
   * {@code current}'s fingerprint; the same values sent again (a double click) are no conflict.
   */
  private static void checkNotSavedElsewhere(Map<String, String> posted, Map<String, String> current) {
    Map<String, String> sent = new HashMap<>();
    current.keySet().forEach(field -> sent.put(field, posted.get(field) == null ? null : posted.get(field).strip()));
    checkNotSavedElsewhere(posted.get(SEEN), current, sent);
  }

  /** As above, with the values the save would store ({@code afterSave}) worked out by the caller. */
  private static void checkNotSavedElsewhere(String seen, Map<String, String> current, Map<String, String> afterSave) {
    if (savedElsewhere(seen, fingerprint(current.keySet(), current), fingerprint(current.keySet(), afterSave))) {
      throw new SavedElsewhere(null);
    }
  }

  /**
   * The one rule for a page sent back with the fingerprint it showed ({@code seen}, none from a client that
   * does not say): refused when what is stored changed since and the page would change it again.
   */
  private static boolean savedElsewhere(String seen, String stored, String afterSave) {
    return seen != null && !seen.equals(stored) && !stored.equals(afterSave);
  }

  private ApplicationSubmission submission(Long editionId, DraftForm form, List<DraftFile> draftFiles,
      List<FieldProblem> problems) {
    ApplicationKind kind = form.kind();
    OrganizationProfile organization = kind != ApplicationKind.ORGANIZATION ? null
        : new OrganizationProfile(form.get("orgName"), upper(form, "creditCode"), date(form, "registeredOn", problems),
            form.get("registrationAuthority"), form.get("registeredAddress"), upper(form, "groupCreditCode"), upper(form, "industry"), flag(form, "chiefQualityOfficer"),
            form.get("topManagerName"));
    IndividualProfile individual = kind != ApplicationKind.INDIVIDUAL ? null
        : new IndividualProfile(form.get("indName"), upper(form, "idNumber"), upper(form, "employerCreditCode"),
            date(form, "qualityWorkSince", problems), flag(form, "topManager"), upper(form, "employerIndustry"));
    // Art 12(6): an individual answers for the organisation's records only as its top manager; what was
    // typed there before the answer changed is no longer shown, so it is left out
    boolean topManager = topManager(form);
    Declarations declarations = new Declarations(form.has(DraftForm.NO_STATE_SECRETS) ? Boolean.TRUE : null,
        lines(form, DraftForm.CREDIT_RECORDS, problems, Drafts::creditRecord),
        kind == ApplicationKind.ORGANIZATION || topManager
            ? lines(form, DraftForm.ACCIDENTS, problems, Drafts::accident) : List.of(),
        topManager ? lines(form, DraftForm.EMPLOYER_CREDIT_RECORDS, problems, Drafts::creditRecord) : List.of());
    List<EvidenceMark> evidence = draftFiles.stream().map(f -> new EvidenceMark(f.getFileName(), f.isTradeSecret()))
        .toList();
    return new ApplicationSubmission(editionId, kind, form.get(DraftForm.RECOMMENDER), organization, individual,
        declarations, joinedSections(kind, form, problems), evidence, statements(kind, form));
  }

  /** The statement of each declared condition, by its point code (11(3)), as the API takes them. */
  private static Map<String, String> statements(ApplicationKind kind, DraftForm form) {
    Map<String, String> statements = new LinkedHashMap<>();
    ConditionPoints.declared(kind).stream().filter(p -> form.has(p.statementField()))
        .forEach(p -> statements.put(p.code(), form.get(p.statementField())));
    return statements;
  }

  /** The sections joined under their headings: what the existing forms show as the self-assessment. */
  private String joinedSections(ApplicationKind kind, DraftForm form, List<FieldProblem> problems) {
    if (kind == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (ScoringSheet.Category section : sectionsOf(kind)) {
      String field = DraftForm.SECTION_PREFIX + section.code();
      String text = form.get(field);
      if (text != null && text.length() > MAX_SECTION_LENGTH) {
        problems.add(new FieldProblem(field, "不能超过 " + MAX_SECTION_LENGTH + " 字（现有 " + text.length() + " 字）"));
      }
      parts.add(heading(section) + "\n" + (text == null ? "" : text));
    }
    return String.join("\n\n", parts);
  }

  static String heading(ScoringSheet.Category section) {
    return "【" + section.name() + "（满分 " + section.max().stripTrailingZeros().toPlainString() + " 分）】";
  }

  /** The self-assessment's sections joined again after a correction. */
  static String joined(List<SelfAssessmentSection> sections) {
    return sections.stream()
        .map(s -> "【" + s.getName() + "（满分 " + s.getMaxScore().stripTrailingZeros().toPlainString() + " 分）】\n"
            + s.getText())
        .collect(Collectors.joining("\n\n"));
  }

  private static String upper(DraftForm form, String field) {
    String value = form.get(field);
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** An individual who said they are their organisation's top manager (Art 12(6)). */
  static boolean topManager(DraftForm form) {
    return form.kind() == ApplicationKind.INDIVIDUAL && Boolean.TRUE.equals(flag(form, "topManager"));
  }

  private static Boolean flag(DraftForm form, String field) {
    String value = form.get(field);
    return value == null ? null : Boolean.valueOf(value);
  }

  private static LocalDate date(DraftForm form, String field, List<FieldProblem> problems) {
    String value = form.get(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "日期应为 年-月-日，如 2015-06-01"));
      return null;
    }
  }

  private static <T> List<T> lines(DraftForm form, String field, List<FieldProblem> problems,
      Function<String, T> parser) {
    List<T> items = new ArrayList<>();
    String value = form.get(field);
    if (value == null) {
      return items;
    }
    int number = 0;
    List<String> errors = new ArrayList<>();
    for (String line : value.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(parser.apply(line.trim()));
      } catch (IllegalArgumentException e) {
        errors.add("第" + number + "行：" + e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      problems.add(new FieldProblem(field, String.join("；", errors)));
    }
    return items;
  }

  private static CreditRecord creditRecord(String line) {
    String[] parts = TypedLine.fields(line, 3);
    return new CreditRecord(type(parts, CreditRecordType.values(), CreditRecordType::label), day(parts[0]),
        parts.length > 2 ? parts[2] : null);
  }

  private static AccidentRecord accident(String line) {
    String[] parts = TypedLine.fields(line, 3);
    return new AccidentRecord(type(parts, AccidentType.values(), AccidentType::label), day(parts[0]),
        parts.length > 2 ? parts[2] : null);
  }

  private static <E extends Enum<E>> E type(String[] parts, E[] values, Function<E, String> label) {
    if (parts.length < 2) {
      throw new IllegalArgumentException("应为「日期 类型 说明」，如「2023-05-10 行政处罚 说明」");
    }
    for (E value : values) {
      if (label.apply(value).equals(parts[1])) {
        return value;
      }
    }
    throw new IllegalArgumentException("类型「" + parts[1] + "」不认识，可选："
        + Arrays.stream(values).map(label).collect(Collectors.joining("、")));
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("日期「" + text + "」应为 年-月-日，如 2023-05-10");
    }
  }
}
