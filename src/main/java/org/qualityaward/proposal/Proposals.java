package org.qualityaward.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.GovernmentApproval;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.proposal.ProposalDecision.Body;
import org.qualityaward.review.Rankings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition's award proposal from the records: the ranking, the office's moves and the rounds'
 * decisions. The publicity of the proposed list and the commendation take the proposal from here.
 */
@Service
public class Proposals {

  private static final int MAX_REASON = 500;

  private final Rankings rankings;
  private final ProposalChangeRepository changes;
  private final ProposalDecisionRepository decisions;
  private final WorkingDayCalendar calendar;

  Proposals(Rankings rankings, ProposalChangeRepository changes, ProposalDecisionRepository decisions,
      WorkingDayCalendar calendar) {
    this.rankings = rankings;
    this.changes = changes;
    this.decisions = decisions;
    this.calendar = calendar;
  }

  /** The proposal as it stands: the ranking with every move of the office. */
  @Transactional(readOnly = true)
  public Proposal current(Long editionId) {
    return Proposal.of(rankings.ranking(editionId).cases(), storedChanges(editionId));
  }

  /** The leading group's list: every case against its ranking, the places and the rounds so far. */
  @Transactional(readOnly = true)
  String reviewText(Long editionId) {
    Proposal proposal = current(editionId);
    return ProposalText.forReview(proposal, rankings.places(editionId), decisions.findByEditionIdOrderById(editionId));
  }

  /** The city government's list: what survived the publicity, the disqualified named apart (Art 21, 22). */
  @Transactional(readOnly = true)
  String approvalText(Long editionId) {
    return ProposalText.forApproval(current(editionId), decisions.findByEditionIdOrderById(editionId));
  }

  /**
   * 审核评审结果并提出授奖建议名单 (Art 9(5), 20): the office's moves, one per line 「申报编号 等级 理由」 (none
   * when it puts the ranking forward as it stands, or answers a return without moving anyone), and its note. Refused as a whole, nothing stored, when a line cannot be
   * read or the moved proposal breaks a rule.
   */
  @Transactional
  Proposal revise(Long editionId, String lines, String note, String officer) {
    Rankings.View ranking = rankings.ranking(editionId);
    Map<String, Rankings.Entry> byNumber = ranking.cases().stream()
        .collect(Collectors.toMap(Rankings.Entry::applicationNumber, Function.identity()));
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, Integer> lineOf = new LinkedHashMap<>();
    Map<Long, Proposal.Change> moves = new LinkedHashMap<>();
    int number = 0;
    for (String line : lines == null ? new String[0] : lines.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = TypedLine.fields(line, 3);
      Rankings.Entry entry = byNumber.get(parts[0]);
      Optional<AwardLevel> level = parts.length > 1 ? AwardLevel.written(parts[1]) : Optional.empty();
      String reason = parts.length > 2 ? parts[2].strip() : "";
      if (entry == null) {
        problems.add(changeProblem("第" + number + "行：" + parts[0] + " 不是本届综合评价排序中的申报编号"));
      } else if (level.isEmpty()) {
        problems.add(changeProblem("第" + number + "行：应为「申报编号 等级 理由」，等级为 AWARD 市政府质量奖 / "
            + "NOMINATION 提名奖 / NONE 不授奖"));
      } else if (reason.isEmpty() || reason.length() > MAX_REASON) {
        problems.add(changeProblem("第" + number + "行：每项调整须写明理由（不超过 " + MAX_REASON + " 字）"));
      } else if (moves.containsKey(entry.applicationId())) {
        problems.add(changeProblem("第" + number + "行：" + parts[0] + " 在本次修改中已调整过一次"));
      } else {
        moves.put(entry.applicationId(), new Proposal.Change(entry.applicationId(), level.get(), reason));
        lineOf.put(entry.applicationId(), number);
      }
    }
    if (note == null || note.isBlank()) {
      problems.add(new FieldProblem("revisionNote", "请写明审核意见：对专家评审结果的审核意见，或按退回的意见核实、调整了什么"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Proposal.Change> all = new ArrayList<>(storedChanges(editionId));
    all.addAll(moves.values());
    Proposal revised = Proposal.of(ranking.cases(), all);
    problems.addAll(revised.problems(lineOf, List.copyOf(moves.values()), rankings.places(editionId),
        (entry, level) -> rankings.reaches(editionId, entry, level)));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    moves.values().forEach(move -> changes.save(new ProposalChange(editionId, move, officer, calendar.now())));
    decisions.save(new ProposalDecision(editionId, Body.QUALITY_OFFICE, null, note.trim(), officer, calendar.now()));
    return revised;
  }

  /** The leading group's or the city government's decision on the proposal, with its reasons. */
  @Transactional
  void decide(Long editionId, Body body, Boolean approved, String note, String decidedBy) {
    decisions.save(decision(editionId, body, approved, note, decidedBy));
  }

  /**
   * The city government's decision (Art 22); an approval records its document's date and number ({@link
   * GovernmentApproval}, not before {@code askedAt}, when the approval was asked for: its task was created).
   */
  @Transactional
  void decideAsCity(Long editionId, Boolean approved, String note, Function<String, Object> form, Date askedAt,
      String decidedBy) {
    ProposalDecision decision = decision(editionId, Body.CITY_GOVERNMENT, approved, note, decidedBy);
    if (approved) {
      decision.approvedBy(GovernmentApproval.read(form, calendar.today(), calendar.timeOf(askedAt).toLocalDate()));
    }
    decisions.save(decision);
  }

  /**
   * The date of the city government's approval in force (Art 22): the commendation's date, from which the honours'
   * five years run (Art 33); a decision recorded before the date was asked for counts on the day it was entered.
   */
  @Transactional(readOnly = true)
  public LocalDate cityApprovedOn(Long editionId) {
    ProposalDecision approval = decisions.findByEditionIdOrderById(editionId).stream()
        .filter(d -> d.getBody() == Body.CITY_GOVERNMENT && Boolean.TRUE.equals(d.getApproved()))
        .reduce((first, later) -> later)
        .orElseThrow(() -> new IllegalStateException("届次 " + editionId + " 没有市政府批准的记录"));
    return approval.getApprovedOn() != null ? approval.getApprovedOn() : approval.getDecidedAt().toLocalDate();
  }

  private ProposalDecision decision(Long editionId, Body body, Boolean approved, String note, String decidedBy) {
    if (approved == null) {
      throw new InvalidInputException(List.of(new FieldProblem("approved", "请选择是否同意")));
    }
    if (note == null || note.isBlank()) {
      throw new InvalidInputException(List.of(new FieldProblem("comment",
          body.label() + (approved ? "的意见" : "退回的理由") + "须写明")));
    }
    return new ProposalDecision(editionId, body, approved, note.trim(), decidedBy, calendar.now());
  }

  private List<Proposal.Change> storedChanges(Long editionId) {
    return changes.findByEditionIdOrderById(editionId).stream().map(ProposalChange::change).toList();
  }

  private static FieldProblem changeProblem(String message) {
    return new FieldProblem(Proposal.CHANGES_FIELD, message);
  }
}
