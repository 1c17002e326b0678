package org.qualityaward.expert;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.qualityaward.review.ReviewStage;

/**
 * The record of one panel draw for one case and stage (Art 18, 19): the request, the seed, the
 * candidates as they were, every exclusion with its reason and the panel drawn. Never changed after
 * it is made; a redraw is a new record pointing at the one it replaces.
 */
@Entity
public class PanelDraw {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  private String industry;
  private String applicantCreditCode;
  private String applicantGroupCreditCode;
  private String recommenderCode;
  private int panelSize;
  private long seed;
  private LocalDateTime drawnAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_draw_conflict", joinColumns = @JoinColumn(name = "draw_id"))
  @Column(name = "expert_id")
  private Set<Long> declaredConflictExpertIds = new HashSet<>();

  // separate selects: joined, the pool's candidates times the exclusions would multiply the rows
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "panel_draw_candidate", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "list_index")
  private List<DrawCandidate> candidates = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "panel_draw_exclusion", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "list_index")
  private List<DrawExclusion> exclusions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_draw_member", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "expert_id")
  private List<Long> memberIds = new ArrayList<>();

  private Long leaderId;

  private Long replacedDrawId;
  private Long replacedExpertId;
  private String replacementReason;

  protected PanelDraw() {}

  PanelDraw(DrawRequest request, int panelSize, long seed, LocalDateTime drawnAt, List<DrawCandidate> candidates,
      PanelDrawRule.Result result) {
    this.applicationId = request.applicationId();
    this.stage = request.stage();
    this.industry = request.industry();
    this.applicantCreditCode = request.applicantCreditCode();
    this.applicantGroupCreditCode = request.applicantGroupCreditCode();
    this.recommenderCode = request.recommenderCode();
    this.declaredConflictExpertIds.addAll(request.alsoExcludedExpertIds());
    this.panelSize = panelSize;
    this.seed = seed;
    this.drawnAt = drawnAt;
    this.candidates.addAll(candidates);
    this.exclusions.addAll(result.exclusions());
    this.memberIds.addAll(result.memberIds());
    this.leaderId = result.leaderId();
  }

  void replacing(PanelDraw previous, Long expertId, String reason) {
    this.replacedDrawId = previous.getId();
    this.replacedExpertId = expertId;
    this.replacementReason = reason;
  }

  /** The request as it was made, to re-run the draw or to redraw from it. */
  DrawRequest request() {
    return new DrawRequest(applicationId, stage, industry, applicantCreditCode, applicantGroupCreditCode,
        recommenderCode, declaredConflictExpertIds);
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public ReviewStage getStage() { return stage; }
  public String getIndustry() { return industry; }
  public String getApplicantCreditCode() { return applicantCreditCode; }
  public String getApplicantGroupCreditCode() { return applicantGroupCreditCode; }
  public String getRecommenderCode() { return recommenderCode; }
  public Set<Long> getDeclaredConflictExpertIds() { return Set.copyOf(declaredConflictExpertIds); }
  public int getPanelSize() { return panelSize; }
  public long getSeed() { return seed; }
  public LocalDateTime getDrawnAt() { return drawnAt; }
  public List<DrawCandidate> getCandidates() { return List.copyOf(candidates); }
  public List<DrawExclusion> getExclusions() { return List.copyOf(exclusions); }
  public List<Long> getMemberIds() { return List.copyOf(memberIds); }
  public Long getLeaderId() { return leaderId; }
  public Long getReplacedDrawId() { return replacedDrawId; }
  public Long getReplacedExpertId() { return replacedExpertId; }
  public String getReplacementReason() { return replacementReason; }
}
