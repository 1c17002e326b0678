package org.qualityaward.applicant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.ApplicationWithdrawals;
import org.qualityaward.application.ConditionPoints;
import org.qualityaward.application.ConditionReview;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Articles;
import org.qualityaward.eligibility.ResidentIdNumber;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.RecommenderType;
import org.qualityaward.recommender.Recommenders;
import org.qualityaward.review.ScoringSheet;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant pages (Issue 12): an applicant's own applications, the guided application form kept
 * as a draft between visits, and each application's page with its findings, reasons and corrections.
 * Logged in with the applicant's own account (SecurityConfig); another's application is not found.
 */
@Controller
@RequestMapping("/applicant")
class ApplicantPages {

  /** The problems of the last refused submission, per edition, shown next to the fields until the next try. */
  private static final String PROBLEMS = "applicant.problems.";

  private final Drafts drafts;
  private final ApplicantCases cases;
  private final SelfAssessmentSectionRepository sections;
  private final ConditionReview conditions;
  private final EditionService editions;
  private final Recommenders recommenders;
  private final TaskService taskService;
  private final ApplicationWithdrawals withdrawals;

  ApplicantPages(Drafts drafts, ApplicantCases cases, SelfAssessmentSectionRepository sections,
      ConditionReview conditions, EditionService editions, Recommenders recommenders,
      TaskService taskService, ApplicationWithdrawals withdrawals) {
    this.drafts = drafts;
    this.cases = cases;
    this.sections = sections;
    this.conditions = conditions;
    this.editions = editions;
    this.recommenders = recommenders;
    this.taskService = taskService;
    this.withdrawals = withdrawals;
  }

  /** One line of 「我的申报」. */
  record Row(String edition, String number, String stage, String outcome, String nextStep, String due, String link) {}

  /** An eligibility finding with its article as the Measures cite it. */
  record FindingView(String article, boolean passed, boolean toConfirm, String message) {}

  /** A problem of the last refused submission, with the step to correct it in. */
  record ProblemView(String label, String message, int step) {}

  /** A draft on the home page: the edition and when it was last saved. */
  record DraftRow(Long editionId, String edition, String updatedAt) {}

  /** The logged-in user's id for the page header (null on the login page). */
  @ModelAttribute("user")
  String user(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  @GetMapping("/login")
  String login() {
    return "applicant/login";
  }

  @GetMapping({"", "/"})
  @Transactional(readOnly = true)
  String home(Principal principal, Model model) {
    String user = principal.getName();
    List<Row> rows = new ArrayList<>();
    for (Application a : cases.submittedBy(user)) {
      Optional<ApplicantCases.NextStep> next = cases.nextSteps(a).stream().findFirst();
      rows.add(new Row(editionName(a), a.getApplicationNumber(), a.getStage().label(),
          a.getOutcome() == null ? "—" : a.getOutcome().label(),
          next.map(ApplicantCases.NextStep::name).orElse(a.getStage() == ApplicationStage.CLOSED ? "—" : "等待下一阶段"),
          next.map(ApplicantCases.NextStep::due).map(Object::toString).orElse("—"),
          "/applicant/applications/" + a.getApplicationNumber()));
    }
    List<Long> drafted = new ArrayList<>();
    List<DraftRow> draftRows = new ArrayList<>();
    for (ApplicationDraft d : drafts.of(user)) {
      drafted.add(d.getEditionId());
      draftRows.add(new DraftRow(d.getEditionId(), editions.get(d.getEditionId()).getName(),
          shown(d.getUpdatedAt())));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("drafts", draftRows);
    model.addAttribute("openEditions", drafts.openEditions().stream()
        .filter(e -> !drafted.contains(e.getId()) && live(user, e.getId()).isEmpty()).toList());
    model.addAttribute("renewals", renewalTasks(user));
    return "applicant/home";
  }

  // ---- the guided form

  @GetMapping("/drafts/{editionId}")
  String draft(@PathVariable Long editionId, @RequestParam(defaultValue = "1") int step, Principal principal,
      HttpSession session, Model model) {
    Optional<Application> submitted = live(principal.getName(), editionId);
    if (submitted.isPresent()) {
      return "redirect:/applicant/applications/" + submitted.get().getApplicationNumber();
    }
    ApplicationDraft draft = drafts.open(principal.getName(), editionId);
    DraftForm form = drafts.form(draft);
    DraftForm.Step current = DraftForm.Step.of(step);
    model.addAttribute("seenVersion", drafts.stepVersion(form, current));
    return show(draft, form, current, session, model);
  }

  /** The draft's page at a step, its fields filled from {@code form}. */
  private String show(ApplicationDraft draft, DraftForm form, DraftForm.Step current, HttpSession session,
      Model model) {
    Long editionId = draft.getEditionId();
    List<DraftFile> files = drafts.files(draft);
    Edition edition = editions.get(editionId);
    ApplicationKind kind = form.kind();
    model.addAttribute("edition", edition);
    model.addAttribute("step", current);
    model.addAttribute("steps", DraftForm.Step.values());
    model.addAttribute("v", form.values());
    model.addAttribute("labels", DraftForm.LABELS);
    model.addAttribute("kind", kind == null ? "" : kind.name());
    model.addAttribute("recommenders", allRecommenders());
    model.addAttribute("conditions", ConditionPoints.of(kind));
    model.addAttribute("conditionsLead", ConditionPoints.lead(kind));
    model.addAttribute("maxStatement", ConditionPoints.MAX_STATEMENT);
    model.addAttribute("article", kind == ApplicationKind.INDIVIDUAL ? "第十二条" : "第十一条");
    model.addAttribute("topManager", Drafts.topManager(form));
    model.addAttribute("sections", sectionViews(kind));
    model.addAttribute("maxSection", Drafts.MAX_SECTION_LENGTH);
    model.addAttribute("files", files);
    model.addAttribute("missing", drafts.missing(form, files));
    Map<String, String> problems = problems(session, editionId);
    model.addAttribute("problems", problems);
    model.addAttribute("problemList", problems.entrySet().stream()
        .map(p -> new ProblemView(label(p.getKey()), p.getValue(), DraftForm.stepOf(p.getKey()).number())).toList());
    return "applicant/draft";
  }

  /**
   * A section of the self-assessment form, with the point of Art 12 it answers for individuals; {@code published}
   * says what of it goes public (Art 18), null for the others.
   */
  record SectionView(String field, String name, String max, String basis, String published) {}

  private List<SectionView> sectionViews(ApplicationKind kind) {
    List<SectionView> views = new ArrayList<>();
    for (ScoringSheet.Category c : drafts.sectionsOf(kind)) {
      String basis = kind == ApplicationKind.INDIVIDUAL
          ? ConditionPoints.individualPointOf(c.code()).citation() + "：" + ConditionPoints.individualPointOf(c.code()).text()
          : "GB/T 19580《卓越绩效评价准则》";
      String published = c.code().equals(SubmittedContents.achievementsSection(kind)) ? publishedHint(kind) : null;
      views.add(new SectionView(DraftForm.SECTION_PREFIX + c.code(), c.name(),
          c.max().stripTrailingZeros().toPlainString(), basis, published));
    }
    return views;
  }

  /** What the applicant is told beside the section the on-site list's publicity shows (Art 18). */
  private static String publishedHint(ApplicationKind kind) {
    return "将公开：进入现场评审的，本部分前 200 字作为" + (kind == ApplicationKind.ORGANIZATION ? "主要业绩" : "主要事迹")
        + "随现场评审名单公示（第十八条），请勿写入商业秘密和个人信息";
  }

  /**
   * Saves a step. Refused when the step was saved elsewhere since this page showed it (409): the page
   * comes back with what was typed here, unsaved, and the later save's time; saving again then
   * overwrites knowingly.
   */
  @PostMapping("/drafts/{editionId}/steps/{step}")
  String saveStep(@PathVariable Long editionId, @PathVariable int step, @RequestParam Map<String, String> posted,
      @RequestParam(defaultValue = "next") String go, Principal principal, HttpSession session, Model model,
      HttpServletResponse response) {
    DraftForm.Step current = DraftForm.Step.of(step);
    try {
      drafts.save(principal.getName(), editionId, current, posted);
    } catch (Drafts.SavedElsewhere e) {
      ApplicationDraft draft = drafts.open(principal.getName(), editionId);
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("savedElsewhere", shown(e.savedAt()));
      model.addAttribute("seenVersion", drafts.stepVersion(drafts.form(draft), current));
      return show(draft, drafts.withPosted(draft, current, posted), current, session, model);
    }
    int target = switch (go) {
      case "prev" -> Math.max(1, step - 1);
      case "stay" -> step;
      default -> Math.min(DraftForm.Step.REVIEW.number(), step + 1);
    };
    return "redirect:/applicant/drafts/" + editionId + "?step=" + target;
  }

  @PostMapping("/drafts/{editionId}/files")
  String addFile(@PathVariable Long editionId, @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "tradeSecret", required = false) Boolean tradeSecret, Principal principal,
      RedirectAttributes flash) throws IOException {
    String name = file == null ? null : file.getOriginalFilename();
    try {
      DraftFile added = drafts.addFile(principal.getName(), editionId, name, tradeSecret,
          file == null ? null : file.getBytes());
      flash.addFlashAttribute("fileAdded", "已上传「" + added.getFileName() + "」");
    } catch (Drafts.FileRefused e) {
      flash.addFlashAttribute("fileError", e.getMessage());
    }
    return "redirect:/applicant/drafts/" + editionId + "?step=" + DraftForm.Step.EVIDENCE.number();
  }

  @PostMapping("/drafts/{editionId}/files/{fileId}/delete")
  String removeFile(@PathVariable Long editionId, @PathVariable Long fileId, Principal principal) {
    drafts.removeFile(principal.getName(), editionId, fileId);
    return "redirect:/applicant/drafts/" + editionId + "?step=" + DraftForm.Step.EVIDENCE.number();
  }

  /**
   * Submits the draft. Refused: the problems are kept for the draft's pages, each shown next to its
   * field, and the applicant is sent to the step of the first one; the draft keeps everything typed.
   */
  @PostMapping("/drafts/{editionId}/submit")
  String submit(@PathVariable Long editionId, Principal principal, HttpSession session, RedirectAttributes flash) {
    Optional<Application> submitted = live(principal.getName(), editionId);
    if (submitted.isPresent()) {
      // a second click on 提交申报: the application is there already
      return "redirect:/applicant/applications/" + submitted.get().getApplicationNumber();
    }
    try {
      Application application = drafts.submit(principal.getName(), editionId);
      session.removeAttribute(PROBLEMS + editionId);
      flash.addFlashAttribute("submitted", true);
      return "redirect:/applicant/applications/" + application.getApplicationNumber();
    } catch (InvalidInputException e) {
      Map<String, String> problems = new LinkedHashMap<>();
      for (FieldProblem p : e.problems()) {
        problems.merge(p.field(), p.message(), (a, b) -> a + "；" + b);
      }
      session.setAttribute(PROBLEMS + editionId, problems);
      int first = problems.keySet().stream().map(DraftForm::stepOf).mapToInt(DraftForm.Step::number).min()
          .orElse(DraftForm.Step.REVIEW.number());
      flash.addFlashAttribute("refused", true);
      return "redirect:/applicant/drafts/" + editionId + "?step=" + first;
    } catch (ConflictException e) {
      flash.addFlashAttribute("conflict", e.getMessage());
      return "redirect:/applicant/drafts/" + editionId + "?step=" + DraftForm.Step.REVIEW.number();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> problems(HttpSession session, Long editionId) {
    Object problems = session.getAttribute(PROBLEMS + editionId);
    return problems instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  private static String label(String field) {
    if (DraftForm.LABELS.containsKey(field)) {
      return DraftForm.LABELS.get(field);
    }
    return switch (DraftForm.stepOf(field)) {
      case CONDITIONS -> "条件声明";
      case SELF_ASSESSMENT -> "自我评价";
      default -> "申报";
    };
  }

  // ---- an application's page

  @GetMapping("/applications/{number}")
  @Transactional(readOnly = true)
  String application(@PathVariable String number, Principal principal, Model model) {
    Application a = cases.own(principal.getName(), number);
    List<SelfAssessmentSection> parts = sections.findByApplicationIdOrderByPosition(a.getId());
    model.addAttribute("a", a);
    // the draft kept for a corrected application after the rules refused this one (Art 11–14)
    model.addAttribute("draftToResubmit", a.getOutcome() == ApplicationOutcome.INELIGIBLE
        && drafts.of(principal.getName()).stream().anyMatch(d -> d.getEditionId().equals(a.getEditionId()))
        ? a.getEditionId() : null);
    model.addAttribute("edition", editionName(a));
    model.addAttribute("kind", a.getKind().label());
    model.addAttribute("idNumber", a.getIdNumber() == null ? null : ResidentIdNumber.masked(a.getIdNumber()));
    model.addAttribute("recommender", recommenders.find(a.getRecommenderCode()).map(Recommender::getName)
        .orElse(a.getRecommenderCode()));
    model.addAttribute("correctable", cases.correctable(a));
    model.addAttribute("renewalCase", a.getRenewalOfHonourId() != null);
    model.addAttribute("withdrawable", withdrawals.withdrawable(a));
    model.addAttribute("profile", profileValues(a, model));
    // what each correction form shows, sent back with it: a save over a change made meanwhile is refused
    Map<String, String> profile = drafts.profileOf(a);
    model.addAttribute("profileVersion", Drafts.fingerprint(profile.keySet(), profile));
    // what no correction changes, as stored (not as typed into a refused correction)
    model.addAttribute("stored", profile);
    Map<String, String> selfAssessment = drafts.selfAssessmentOf(a);
    model.addAttribute("selfAssessmentVersion", Drafts.fingerprint(selfAssessment.keySet(), selfAssessment));
    model.addAttribute("labels", DraftForm.LABELS);
    model.addAttribute("profileProblems",
        model.getAttribute("profileErrors") instanceof Map<?, ?> errors ? errors : Map.of());
    model.addAttribute("sections", parts);
    model.addAttribute("publishedSection", SubmittedContents.achievementsSection(a.getKind()));
    model.addAttribute("publishedHint", publishedHint(a.getKind()));
    model.addAttribute("conditions", conditions.of(a.getId()));
    model.addAttribute("steps", ConditionReview.Step.values());
    model.addAttribute("evidence", cases.evidence(a));
    model.addAttribute("findings", cases.findings(a).stream()
        .map(f -> new FindingView(f.articleLabel(), f.passed(), f.toConfirm(), f.message())).toList());
    model.addAttribute("nextSteps", cases.nextSteps(a));
    model.addAttribute("reasonTitle", reasonTitle(a.getOutcome()));
    model.addAttribute("reason", Articles.chinese(a.getOutcomeReason()));
    model.addAttribute("feedbackReport", cases.hasFeedbackReport(a)
        ? "/api/applications/" + a.getId() + "/feedback-report.pdf" : null);
    model.addAttribute("holder", a.getOutcome() == ApplicationOutcome.AWARD
        || a.getOutcome() == ApplicationOutcome.RENEWED);
    model.addAttribute("renewals", renewalTasks(principal.getName()));
    return "applicant/application";
  }

  /**
   * The profile form's values: what was typed into a refused correction (a flash attribute), else the
   * application's profile, by the guided form's field names.
   */
  private Map<String, String> profileValues(Application a, Model model) {
    if (model.getAttribute("typedProfile") instanceof Map<?, ?> typed) {
      Map<String, String> values = new LinkedHashMap<>();
      typed.forEach((k, v) -> values.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
      return values;
    }
    return drafts.profileOf(a);
  }

  /** What the outcome's reason is called: Art 16 for the recommending unit, Art 17 for the office. */
  private static String reasonTitle(ApplicationOutcome outcome) {
    if (outcome == null) {
      return null;
    }
    return switch (outcome) {
      case NOT_RECOMMENDED -> "未获推荐的理由（第十六条）";
      case REJECTED -> "不予受理的理由（第十七条）";
      case INELIGIBLE -> "不符合申报条件的理由（第十一条至第十四条）";
      case WITHDRAWN -> "撤回说明";
      case DISQUALIFIED -> "取消资格的理由（第九条第六项、第十七条、第二十一条）";
      default -> "说明";
    };
  }

  /** A correction form of the application's page: its anchor and the names its outcome goes by. */
  private record CorrectionForm(String anchor, String typed, String errors, String saved) {}

  private static final CorrectionForm SELF_ASSESSMENT_FORM =
      new CorrectionForm("self-assessment", "typed", "correctionErrors", "corrected");
  private static final CorrectionForm PROFILE_FORM =
      new CorrectionForm("profile", "typedProfile", "profileErrors", "profileCorrected");

  @PostMapping("/applications/{number}/self-assessment")
  String correct(@PathVariable String number, @RequestParam Map<String, String> posted, Principal principal,
      RedirectAttributes flash, Model model, HttpServletResponse response) {
    return corrected(SELF_ASSESSMENT_FORM, number, posted, principal, flash, model, response,
        () -> drafts.correct(principal.getName(), number, posted));
  }

  @PostMapping("/applications/{number}/profile")
  String correctProfile(@PathVariable String number, @RequestParam Map<String, String> posted, Principal principal,
      RedirectAttributes flash, Model model, HttpServletResponse response) {
    return corrected(PROFILE_FORM, number, posted, principal, flash, model, response,
        () -> drafts.correctProfile(principal.getName(), number, posted));
  }

  /**
   * A correction's outcome. Taken: the page says so. Refused by a rule: nothing stored, what was typed
   * comes back into the fields with the problems beside them. Saved over a change made meanwhile in
   * another window (409): the page at once, what was typed in the fields, unsaved, the form carrying the
   * current values' fingerprint, so that saving again overwrites knowingly.
   */
  private String corrected(CorrectionForm form, String number, Map<String, String> posted, Principal principal,
      RedirectAttributes flash, Model model, HttpServletResponse response,
      java.util.function.Supplier<Map<String, String>> correction) {
    Map<String, String> errors;
    try {
      errors = correction.get();
    } catch (Drafts.SavedElsewhere e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(form.typed(), posted);
      model.addAttribute("savedElsewhere", form.anchor());
      return application(number, principal, model);
    }
    if (errors.isEmpty()) {
      flash.addFlashAttribute(form.saved(), true);
    } else {
      flash.addFlashAttribute(form.errors(), errors);
      flash.addFlashAttribute(form.typed(), posted);
    }
    return "redirect:/applicant/applications/" + number + "#" + form.anchor();
  }

  @PostMapping("/applications/{number}/files")
  String upload(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "tradeSecret", required = false) Boolean tradeSecret, Principal principal,
      RedirectAttributes flash) throws IOException {
    try {
      ApplicantCases.EvidenceFile added = cases.upload(principal.getName(), number,
          file == null ? null : file.getOriginalFilename(), tradeSecret, file == null ? null : file.getBytes());
      flash.addFlashAttribute("fileAdded", "已上传「" + added.fileName() + "」");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("fileError", e.problems().stream().map(FieldProblem::message).reduce((x, y) -> x + "；" + y)
          .orElse("上传未成功"));
    }
    return "redirect:/applicant/applications/" + number + "#evidence";
  }

  /** A file's trade-secret mark corrected while the application may be corrected (Art 16). */
  @PostMapping("/applications/{number}/files/{fileId}/mark")
  String mark(@PathVariable String number, @PathVariable Long fileId,
      @RequestParam(name = "tradeSecret", required = false) Boolean tradeSecret, Principal principal,
      RedirectAttributes flash) {
    try {
      ApplicantCases.EvidenceFile marked = cases.mark(principal.getName(), number, fileId, tradeSecret);
      flash.addFlashAttribute("fileAdded", "「" + marked.fileName() + "」已改为" + (marked.tradeSecret() ? "涉及" : "不涉及")
          + "商业秘密");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("fileError", e.problems().stream().map(FieldProblem::message).reduce((x, y) -> x + "；" + y)
          .orElse("未能更正"));
    }
    return "redirect:/applicant/applications/" + number + "#evidence";
  }

  /** A file uploaded by mistake withdrawn while the application may be corrected (Art 16). */
  @PostMapping("/applications/{number}/files/{fileId}/withdrawal")
  String withdraw(@PathVariable String number, @PathVariable Long fileId, Principal principal, RedirectAttributes flash) {
    flash.addFlashAttribute("fileAdded", "已撤回「" + cases.withdraw(principal.getName(), number, fileId) + "」");
    return "redirect:/applicant/applications/" + number + "#evidence";
  }

  /**
   * 自愿申报 (Art 4(1)): the applicant withdraws its application until the office accepts it, confirming it (a ticked
   * box) and optionally saying why. Refused after acceptance (409 page naming why).
   */
  @PostMapping("/applications/{number}/withdrawal")
  String withdrawApplication(@PathVariable String number, @RequestParam(name = "confirmed", required = false) Boolean confirmed,
      @RequestParam(name = "reason", required = false) String reason, Principal principal, RedirectAttributes flash) {
    try {
      if (!Boolean.TRUE.equals(confirmed)) {
        throw new InvalidInputException(List.of(new FieldProblem("confirmed", "请勾选“确认撤回本申报”：撤回后本申报即办结，不能恢复")));
      }
      withdrawals.withdraw(principal.getName(), number, reason);
      flash.addFlashAttribute("withdrawn", true);
      return "redirect:/applicant/applications/" + number + "#reason";
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("withdrawalError", e.problems().stream().map(FieldProblem::message)
          .reduce((x, y) -> x + "；" + y).orElse("未撤回"));
      flash.addFlashAttribute("typedReason", reason);
      return "redirect:/applicant/applications/" + number + "#withdrawal";
    }
  }

  // ---- helpers and refusals

  /**
   * The user's application to the edition that still counts (Art 13, 16: one per edition); an
   * ineligible or withdrawn one does not, so a corrected or new application may follow it.
   */
  private Optional<Application> live(String user, Long editionId) {
    return cases.submittedBy(user).stream()
        .filter(a -> editionId.equals(a.getEditionId()) && a.countsForEdition())
        .findFirst();
  }

  /** A draft's time of saving as the pages show it, to the second. */
  private static String shown(java.time.LocalDateTime at) {
    return at.toLocalDate() + " " + at.toLocalTime().withNano(0);
  }

  private String editionName(Application a) {
    return a.getEditionId() == null ? "复评（第三十三条）" : editions.get(a.getEditionId()).getName();
  }

  private List<Recommender> allRecommenders() {
    return Arrays.stream(RecommenderType.values()).flatMap(t -> recommenders.ofType(t).stream()).toList();
  }

  /** Art 33: the holder's renewal request and its material are Tasklist tasks assigned to the holder's account. */
  private List<Task> renewalTasks(String user) {
    return taskService.createTaskQuery().taskAssignee(user)
        .taskDefinitionKeyIn(HonourModel.REQUEST_RENEWAL, HonourModel.SUBMIT_RENEWAL_MATERIAL).list();
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("title", "未找到");
    model.addAttribute("message", e.getMessage());
    return "applicant/message";
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(ConflictException e, Model model) {
    model.addAttribute("title", "无法办理");
    model.addAttribute("message", e.getMessage());
    return "applicant/message";
  }

  /**
   * Two saves of one draft or case met at the commit (a second tab, the unit deciding that moment): the later one
   * saved nothing, and says so instead of an error page; the browser's Back keeps what was typed.
   */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String changedMeanwhile(Model model) {
    model.addAttribute("title", "已在别处更改，本次未保存");
    model.addAttribute("message", "您提交的同时，该申报或草稿已在别处更改（另一窗口已保存，或推荐单位刚作出审核决定），本次提交未保存。"
        + "请用浏览器的“后退”取回已填写的内容，刷新页面核对后再提交。");
    return "applicant/message";
  }

  /** An address whose number is not a number (a mistyped link). */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String wrongAddress(MethodArgumentTypeMismatchException e, Model model) {
    model.addAttribute("title", "地址有误");
    model.addAttribute("message", "地址中的“" + e.getName() + "”应为编号：" + e.getValue());
    return "applicant/message";
  }
}
