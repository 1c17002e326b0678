package org.qualityaward.casefile;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.qualityaward.application.Application;
import org.qualityaward.application.CaseFileRecords;
import org.qualityaward.application.EligibilityCheckpoint;
import org.qualityaward.application.ConditionReview;
import org.qualityaward.edition.EditionService;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.publicity.PublicityViews;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the case file page with what its reader may read: nothing more is put into the model. */
@Component
class CaseFilePage {

  /** A profile line: label and value. */
  record Item(String label, String value) {}

  /** An evidence file with whether this reader may open it, and why not. */
  record File(CaseFileRecords.Evidence evidence, String href, boolean mayOpen, String refusal) {}

  /** A panel of the case as the office reads it. */
  record Panel(Long drawId, String stageLabel, LocalDateTime drawnAt, List<Member> members, BigDecimal panelScore,
      LocalDateTime acceptedAt, String consensusNote) {}

  /** A panel member: name, leader or not, undertaking signed when, total given. */
  record Member(String name, boolean leader, LocalDateTime undertakingSignedAt, BigDecimal total) {}

  /** A unit's opinion at a step with the unit's and the person's names. */
  record OpinionLine(String step, String unit, String verdict, String comment, String givenBy, LocalDateTime givenAt) {}

  /** The eligibility findings of one checkpoint. */
  record FindingGroup(String title, List<CaseFileRecords.CheckedFinding> findings) {}

  /** A result of a review stage for the summary: the panel's score once the report is accepted. */
  record Result(String stageLabel, BigDecimal panelScore, LocalDateTime acceptedAt) {}

  private final CaseFileRecords records;
  private final ApplicantContents applicantContents;
  private final Recommenders recommenders;
  private final EditionService editions;
  private final PublicityViews publicities;
  private final PanelDraws draws;
  private final Scoring scoring;
  private final CaseHistory history;
  private final CaseFileLog log;
  private final CaseFileAccess access;
  private final UndertakingRepository undertakings;
  private final ConditionReview conditionReview;

  CaseFilePage(CaseFileRecords records, ApplicantContents applicantContents, Recommenders recommenders,
      EditionService editions, PublicityViews publicities, PanelDraws draws, Scoring scoring, CaseHistory history,
      CaseFileLog log, CaseFileAccess access, UndertakingRepository undertakings, ConditionReview conditionReview) {
    this.records = records;
    this.applicantContents = applicantContents;
    this.recommenders = recommenders;
    this.editions = editions;
    this.publicities = publicities;
    this.draws = draws;
    this.scoring = scoring;
    this.history = history;
    this.log = log;
    this.access = access;
    this.undertakings = undertakings;
    this.conditionReview = conditionReview;
  }

  void fill(Model model, Application a, Reader reader) {
    model.addAttribute("a", a);
    model.addAttribute("reader", reader);
    model.addAttribute("readerName", history.name(reader.userId(), new HashMap<>()));
    model.addAttribute("summary", summary(a));
    // the panels' scores are the office's and the deciders' (Art 20, 22): a panel member scores unanchored by an
    // earlier review's figure (Art 19), the applicant's side reads bands in its feedback report
    if (reader.office() || reader.level() == Reader.Level.SUMMARY) {
      model.addAttribute("results", results(a));
    }
    if (!reader.materials()) {
      return;
    }
    model.addAttribute("profile", profile(a));
    model.addAttribute("declarations", records.declarations(a.getId()).stream()
        .map(d -> declared(d, a.getKind())).toList());
    model.addAttribute("sections", applicantContents.sections(a));
    model.addAttribute("conditions", conditionReview.of(a.getId()));
    model.addAttribute("conditionSteps", ConditionReview.Step.values());
    model.addAttribute("files", files(a, reader));
    List<CaseFileRecords.CheckedFinding> findings = records.findings(a.getId());
    model.addAttribute("findingGroups", List.of(
        new FindingGroup("提交时自动审查（第十一条至第十四条、第三十二条）", findings.stream()
            .filter(f -> f.checkpoint() == EligibilityCheckpoint.SUBMISSION).toList()),
        new FindingGroup("资格审查复核（第十七条）", findings.stream()
            .filter(f -> f.checkpoint() == EligibilityCheckpoint.QUALIFICATION_REVIEW).toList())));
    model.addAttribute("publicities", publicities.ofApplication(a.getId()));
    Map<String, String> people = new HashMap<>();
    model.addAttribute("opinions", records.opinions(a.getId()).stream()
        .map(o -> new OpinionLine(o.step(), recommenders.find(o.unitCode()).map(Recommender::getName).orElse(o.unitCode()),
            o.verdict(), o.comment(), o.givenBy() == null ? "" : history.name(o.givenBy(), people), o.givenAt()))
        .toList());
    model.addAttribute("history", history.of(a, reader));
    if (reader.level() == Reader.Level.PANEL) {
      model.addAttribute("undertakingSigned", access.signed(reader.userId(), a));
    }
    if (reader.office()) {
      model.addAttribute("panels", panels(a));
      Map<String, String> names = new HashMap<>();
      model.addAttribute("accessLog", log.of(a.getId()).stream()
          .map(o -> new CaseHistory.Line(o.getOpenedAt(), history.name(o.getUserId(), names) + "（" + o.getUserId() + "）",
              o.getWhat()))
          .toList());
    }
  }

  private List<Item> summary(Application a) {
    List<Item> items = new ArrayList<>();
    items.add(new Item("申报编号", a.getApplicationNumber()));
    items.add(new Item("申报主体", a.getApplicantName()));
    items.add(new Item("申报类别", a.getKind().label()));
    if (a.getEditionId() != null) {
      editions.find(a.getEditionId()).ifPresent(e -> items.add(new Item("评选届次", e.getName())));
    } else {
      items.add(new Item("评选届次", "复评（第三十三条）"));
    }
    items.add(new Item("推荐单位", recommenders.find(a.getRecommenderCode()).map(Recommender::getName)
        .orElse(a.getRecommenderCode())));
    items.add(new Item("当前阶段", a.getStage().label()));
    items.add(new Item("结果", a.getOutcome() == null ? "尚无" : a.getOutcome().label()
        + (a.getOutcomeReason() == null ? "" : "（" + a.getOutcomeReason() + "）")));
    return items;
  }

  private List<Result> results(Application a) {
    List<Result> results = new ArrayList<>();
    for (var stage : org.qualityaward.review.ReviewStage.values()) {
      scoring.acceptedReport(a.getId(), stage)
          .ifPresent(r -> results.add(new Result(stage.label(), r.getPanelScore(), r.getAcceptedAt())));
    }
    return results;
  }

  private List<Item> profile(Application a) {
    List<Item> items = new ArrayList<>();
    if (a.getKind() == ApplicationKind.ORGANIZATION) {
      items.add(new Item("统一社会信用代码", a.getCreditCode()));
      items.add(new Item("成立（注册）日期", String.valueOf(a.getRegisteredOn())));
      items.add(new Item("登记机关", Objects.toString(a.getRegistrationAuthority(), "未填写")));
      items.add(new Item("住所", Objects.toString(a.getRegisteredAddress(), "未填写")));
      if (a.getRegistrationConfirmedAt() != null) {
        items.add(new Item("注册地核实（第十一条第（二）项）", "市质强办 "
            + Objects.toString(a.getRegistrationConfirmedBy(), "") + " 于 "
            + a.getRegistrationConfirmedAt().toLocalDate() + " 核实"));
      }
      items.add(new Item("所属集团信用代码", a.getGroupCreditCode() == null ? "无" : a.getGroupCreditCode()));
      items.add(new Item("行业", a.getIndustry()));
      items.add(new Item("首席质量官制度", yesNo(a.getChiefQualityOfficer())));
      items.add(new Item("主要负责人", a.getTopManagerName()));
    } else {
      items.add(new Item("工作单位信用代码", a.getEmployerCreditCode()));
      items.add(new Item("工作单位行业", a.getIndustry() == null ? "未填写" : a.getIndustry()));
      items.add(new Item("从事质量工作起始", String.valueOf(a.getQualityWorkSince())));
      items.add(new Item("是否为企业主要负责人", yesNo(a.getTopManager())));
    }
    items.add(new Item("声明不涉及国家秘密", yesNo(a.getNoStateSecrets())));
    items.add(new Item("提交时间", String.valueOf(a.getSubmittedAt()).replace('T', ' ')));
    return items;
  }

  private List<File> files(Application a, Reader reader) {
    boolean secrets = access.mayReadTradeSecret(reader, a);
    return records.evidence(a.getId()).stream().map(e -> {
      String href = "/cases/" + a.getApplicationNumber() + "/files/" + e.id();
      if (!e.uploaded()) {
        return new File(e, href, false, "已申报，尚未上传");
      }
      if (e.tradeSecret() && !secrets) {
        return new File(e, href, false, reader.level() == Reader.Level.PANEL
            ? "涉及商业秘密：请先在「回避声明」中签署保密承诺（第二十九条）"
            : "涉及商业秘密，仅市质强办和签署保密承诺的评审组成员可查看（第十六条、第二十九条）");
      }
      return new File(e, href, true, null);
    }).toList();
  }

  private List<Panel> panels(Application a) {
    List<Panel> panels = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (PanelDraw draw : draws.inForce(a.getId())) {
      PanelReport report = scoring.acceptedReport(a.getId(), draw.getStage()).orElse(null);
      List<String> userIds = draws.memberUserIds(draw);
      String leader = draws.leaderUserId(draw.getId());
      List<Member> members = userIds.stream().map(userId -> new Member(history.name(userId, names),
          userId.equals(leader),
          undertakings.findByApplicationIdOrderBySignedAt(a.getId()).stream()
              .filter(u -> u.getUserId().equals(userId) && u.getStage().equals(draw.getStage().name()))
              .map(Undertaking::getSignedAt).findFirst().orElse(null),
          report == null ? null : report.getMembers().stream().filter(m -> m.getExpertUserId().equals(userId))
              .map(PanelReport.Member::getTotal).findFirst().orElse(null)))
          .toList();
      panels.add(new Panel(draw.getId(), draw.getStage().label(), draw.getDrawnAt(), members,
          report == null ? null : report.getPanelScore(), report == null ? null : report.getAcceptedAt(),
          report == null ? null : report.getConsensusNote()));
    }
    return panels;
  }

  /** A declared credit record or accident with its Chinese category and type. */
  record DeclaredLine(String category, String type, java.time.LocalDate date, String note) {}

  private static DeclaredLine declared(CaseFileRecords.Declared d, ApplicationKind kind) {
    boolean credit = !"ACCIDENT".equals(d.category());
    String type = d.type();
    try {
      type = credit ? org.qualityaward.eligibility.CreditRecordType.valueOf(d.type()).label()
          : org.qualityaward.eligibility.AccidentType.valueOf(d.type()).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      // a type from an older form stays as stored
    }
    return new DeclaredLine(category(d.category(), kind), type, d.date(), d.note());
  }

  /** An individual's own records are judged by Art 12(6), a top manager's organisation's by Art 11(6)(7). */
  private static String category(String category, ApplicationKind kind) {
    if (kind == ApplicationKind.ORGANIZATION) {
      return "ACCIDENT".equals(category) ? "事故及投诉（第十一条第七项）" : "信用记录（第十一条第六项）";
    }
    return switch (category) {
      case "ACCIDENT" -> "所在组织事故及投诉（第十二条第六项、第十一条第七项）";
      case "EMPLOYER_CREDIT" -> "所在组织信用记录（第十二条第六项、第十一条第六项）";
      default -> "本人违法、违规、违纪记录（第十二条第六项）";
    };
  }

  private static String yesNo(Boolean value) {
    return value == null ? "未填写" : value ? "是" : "否";
  }
}
