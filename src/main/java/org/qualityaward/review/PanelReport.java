package org.qualityaward.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The accepted panel report of one case and stage (资料评审报告 / 现场评审报告, Art 18, 19). */
@Entity
public class PanelReport {

  /** A member's total and whether it was flagged as too far from the mean. */
  @Embeddable
  public static class Member {
    private String expertUserId;
    private BigDecimal total;
    private boolean flagged;

    protected Member() {}

    Member(String expertUserId, BigDecimal total, boolean flagged) {
      this.expertUserId = expertUserId;
      this.total = total;
      this.flagged = flagged;
    }

    public String getExpertUserId() { return expertUserId; }
    public BigDecimal getTotal() { return total; }
    public boolean isFlagged() { return flagged; }
  }

  /**
   * The panel's score of one category (by the report's method over the members' category scores) and
   * the comments the panel agreed (优势 / 改进机会), written by the leader; what the feedback report uses.
   */
  @Embeddable
  public static class Category {
    private String categoryCode;
    private BigDecimal panelScore;
    private String strengths;
    private String opportunities;

    protected Category() {}

    Category(String categoryCode, BigDecimal panelScore, String strengths, String opportunities) {
      this.categoryCode = categoryCode;
      this.panelScore = panelScore;
      this.strengths = strengths;
      this.opportunities = opportunities;
    }

    public String getCategoryCode() { return categoryCode; }
    public BigDecimal getPanelScore() { return panelScore; }
    public String getStrengths() { return strengths; }
    public String getOpportunities() { return opportunities; }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private Long editionId;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  private String sheetId;
  private int sheetVersion;

  @Enumerated(EnumType.STRING)
  private PanelConsolidation.Method method;

  private BigDecimal panelScore;
  private BigDecimal meanScore;
  private BigDecimal deviationShare;
  private String consensusNote;
  private String leaderUserId;
  private LocalDateTime acceptedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_report_member", joinColumns = @JoinColumn(name = "panel_report_id"))
  @OrderColumn(name = "item_order")
  private List<Member> members = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_report_category", joinColumns = @JoinColumn(name = "panel_report_id"))
  @OrderColumn(name = "item_order")
  private List<Category> categories = new ArrayList<>();

  protected PanelReport() {}

  PanelReport(Long applicationId, Long editionId, ReviewStage stage, List<MemberScore> scores,
      PanelConsolidation.Result result, BigDecimal deviationShare, String leaderUserId, String consensusNote,
      List<Category> categories, LocalDateTime acceptedAt) {
    this.applicationId = applicationId;
    this.editionId = editionId;
    this.stage = stage;
    this.sheetId = scores.get(0).getSheetId();
    this.sheetVersion = scores.get(0).getSheetVersion();
    this.method = result.applied();
    this.panelScore = result.panelScore();
    this.meanScore = result.mean();
    this.deviationShare = deviationShare;
    scores.forEach(s -> members.add(new Member(s.getExpertUserId(), s.getTotal(),
        result.flagged().contains(s.getExpertUserId()))));
    this.leaderUserId = leaderUserId;
    this.consensusNote = consensusNote;
    this.categories.addAll(categories);
    this.acceptedAt = acceptedAt;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public Long getEditionId() { return editionId; }
  public ReviewStage getStage() { return stage; }
  public String getSheetId() { return sheetId; }
  public int getSheetVersion() { return sheetVersion; }
  public PanelConsolidation.Method getMethod() { return method; }
  public BigDecimal getPanelScore() { return panelScore; }
  public BigDecimal getMeanScore() { return meanScore; }
  public BigDecimal getDeviationShare() { return deviationShare; }
  public String getConsensusNote() { return consensusNote; }
  public String getLeaderUserId() { return leaderUserId; }
  public LocalDateTime getAcceptedAt() { return acceptedAt; }
  public List<Member> getMembers() { return List.copyOf(members); }
  /** Empty for reports accepted before the panels agreed comments per category (V87). */
  public List<Category> getCategories() { return List.copyOf(categories); }

  public List<String> flaggedMembers() {
    return members.stream().filter(Member::isFlagged).map(Member::getExpertUserId).toList();
  }
}
