package org.qualityaward.edition;

import static org.qualityaward.edition.EditionStage.ACCEPTED_LIST_PUBLICITY;
import static org.qualityaward.edition.EditionStage.APPLICATION_WINDOW;
import static org.qualityaward.edition.EditionStage.CITY_APPROVAL;
import static org.qualityaward.edition.EditionStage.COMMENDATION;
import static org.qualityaward.edition.EditionStage.COMMENDED;
import static org.qualityaward.edition.EditionStage.COMPREHENSIVE_EVALUATION;
import static org.qualityaward.edition.EditionStage.DOCUMENT_REVIEW;
import static org.qualityaward.edition.EditionStage.ENDED_WITHOUT_ACCEPTED_CASES;
import static org.qualityaward.edition.EditionStage.LEADING_GROUP_REVIEW;
import static org.qualityaward.edition.EditionStage.ONSITE_LIST_PUBLICITY;
import static org.qualityaward.edition.EditionStage.ONSITE_REVIEW;
import static org.qualityaward.edition.EditionStage.PROPOSED_LIST_PUBLICITY;
import static org.qualityaward.edition.EditionStage.QUALIFICATION_REVIEW;

import java.util.Map;
import org.qualityaward.platform.StageMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Where the {@code award-edition} model moves its edition (Chapter 4); NOTICE is set at registration. */
@Component
class EditionStages extends StageMap<EditionStage> {

  static final Map<String, EditionStage> STAGES = Map.ofEntries(
      Map.entry("Timer_ApplicationDeadline", APPLICATION_WINDOW),
      Map.entry("Task_CloseIntake", QUALIFICATION_REVIEW),
      Map.entry("Task_EndWithoutAcceptedCases", ENDED_WITHOUT_ACCEPTED_CASES),
      Map.entry("CallActivity_AcceptedListPublicity", ACCEPTED_LIST_PUBLICITY),
      Map.entry("Task_StartDocumentReview", DOCUMENT_REVIEW),
      Map.entry("Task_OpenOnsiteListPublicity", ONSITE_LIST_PUBLICITY),
      Map.entry("Task_StartOnsiteReview", ONSITE_REVIEW),
      Map.entry("Task_RankCandidates", COMPREHENSIVE_EVALUATION),
      Map.entry("Task_LeadingGroupReview", LEADING_GROUP_REVIEW),
      // a returned proposal goes back to the office's evaluation (Art 20) until it is submitted again
      Map.entry("Task_ReviseProposal", COMPREHENSIVE_EVALUATION),
      Map.entry("Task_OpenProposedListPublicity", PROPOSED_LIST_PUBLICITY),
      Map.entry("Task_CityGovernmentApproval", CITY_APPROVAL),
      Map.entry("Task_Commend", COMMENDATION),
      Map.entry("End_Commended", COMMENDED));

  EditionStages(ObjectProvider<EditionService> editions) {
    super(EditionService.PROCESS_KEY, STAGES, "editionId", (id, stage) -> editions.getObject().moveTo(id, stage));
  }
}
