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
import static org.qualityaward.edition.EditionStage.NOTICE;
import static org.qualityaward.edition.EditionStage.ONSITE_LIST_PUBLICITY;
import static org.qualityaward.edition.EditionStage.ONSITE_REVIEW;
import static org.qualityaward.edition.EditionStage.PROPOSED_LIST_PUBLICITY;
import static org.qualityaward.edition.EditionStage.QUALIFICATION_REVIEW;

import java.util.Map;
import org.qualityaward.platform.StageMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Where the {@code award-edition} model moves its edition (Chapter 4); PLAN_APPROVAL is set at registration. */
@Component
class EditionStages extends StageMap<EditionStage> {

  static final Map<String, EditionStage> STAGES = Map.ofEntries(
      // the call goes out once the leading group approved the plan (Art 8(1), 15)
      Map.entry(AwardEditionModel.PUBLISH_NOTICE, NOTICE),
      Map.entry(AwardEditionModel.APPLICATION_DEADLINE, APPLICATION_WINDOW),
      Map.entry(AwardEditionModel.CLOSE_INTAKE, QUALIFICATION_REVIEW),
      Map.entry(AwardEditionModel.TERMINATE_WITHOUT_ACCEPTED_CASES, ENDED_WITHOUT_ACCEPTED_CASES),
      Map.entry(AwardEditionModel.ACCEPTED_LIST_PUBLICITY, ACCEPTED_LIST_PUBLICITY),
      Map.entry(AwardEditionModel.START_DOCUMENT_REVIEW, DOCUMENT_REVIEW),
      Map.entry(AwardEditionModel.OPEN_ONSITE_LIST_PUBLICITY, ONSITE_LIST_PUBLICITY),
      Map.entry(AwardEditionModel.START_ONSITE_REVIEW, ONSITE_REVIEW),
      Map.entry(AwardEditionModel.RANK_CANDIDATES, COMPREHENSIVE_EVALUATION),
      Map.entry(AwardEditionModel.LEADING_GROUP_REVIEW, LEADING_GROUP_REVIEW),
      // a returned proposal goes back to the office's evaluation (Art 20) until it is submitted again
      Map.entry(AwardEditionModel.REVISE_PROPOSAL, COMPREHENSIVE_EVALUATION),
      Map.entry(AwardEditionModel.OPEN_PROPOSED_LIST_PUBLICITY, PROPOSED_LIST_PUBLICITY),
      Map.entry(AwardEditionModel.CITY_GOVERNMENT_APPROVAL, CITY_APPROVAL),
      Map.entry(AwardEditionModel.COMMEND, COMMENDATION),
      Map.entry(AwardEditionModel.END_COMMENDED, COMMENDED));

  EditionStages(ObjectProvider<EditionService> editions) {
    super(EditionService.PROCESS_KEY, STAGES, (instance, stage) -> {
      EditionService service = editions.getObject();
      service.moveTo(service.ofProcess(instance), stage);
    });
  }
}
