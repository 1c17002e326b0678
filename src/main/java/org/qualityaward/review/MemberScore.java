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

/** One panel member's independent scores for one case and stage (Art 18, 19). */
@Entity
class MemberScore {

  /** One category's score, remark and comments (优势 / 改进机会, optional), in the order of the sheet. */
  @Embeddable
  public static class Item {
    private String categoryCode;
    private BigDecimal score;
    private String remark;
    private String strengths;
    private String opportunities;

    protected Item() {}

    Item(String categoryCode, BigDecimal score, String remark, String strengths, String opportunities) {
      this.categoryCode = categoryCode;
      this.score = score;
      this.remark = remark;
      this.strengths = strengths;
      this.opportunities = opportunities;
    }

    public String getCategoryCode() { return categoryCode; }
    public BigDecimal getScore() { return score; }
    public String getRemark() { return remark; }
    public String getStrengths() { return strengths; }
    public String getOpportunities() { return opportunities; }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  private String expertUserId;
  private String sheetId;
  private int sheetVersion;
  private BigDecimal total;
  private LocalDateTime submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_score_item", joinColumns = @JoinColumn(name = "member_score_id"))
  @OrderColumn(name = "item_order")
  private List<Item> items = new ArrayList<>();

  protected MemberScore() {}

  MemberScore(Long applicationId, ReviewStage stage, String expertUserId, ScoringSheet sheet,
      List<CategoryScore> scores, LocalDateTime submittedAt) {
    this.applicationId = applicationId;
    this.stage = stage;
    this.expertUserId = expertUserId;
    this.sheetId = sheet.id();
    this.sheetVersion = sheet.version();
    // stored in the sheet's order, whatever order the member sent
    for (ScoringSheet.Category c : sheet.categories()) {
      scores.stream().filter(s -> c.code().equals(s.category())).findFirst()
          .ifPresent(s -> items.add(new Item(c.code(), s.score(), s.remark().strip(), text(s.strengths()),
              text(s.opportunities()))));
    }
    this.total = items.stream().map(Item::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.submittedAt = submittedAt;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public ReviewStage getStage() { return stage; }
  public String getExpertUserId() { return expertUserId; }
  public String getSheetId() { return sheetId; }
  public int getSheetVersion() { return sheetVersion; }
  public BigDecimal getTotal() { return total; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public List<Item> getItems() { return List.copyOf(items); }
}
