package org.qualityaward.timeline;

import java.util.List;
import org.qualityaward.publicity.PublicityKind;

/**
 * The stages of an edition in the order of Chapter 4 of the Measures, each bounded by activities of
 * the {@code award-edition} model: it starts when {@code startActivity} is first entered and is over
 * when the first of {@code endActivities} is entered. The recommenders' publicities (Art 16) run in the
 * applications' own processes and are read from the publicities instead.
 */
enum EditionPhase {
  NOTICE("通知公告", "第十五条", "StartEvent_EditionOpened", List.of("Timer_ApplicationDeadline"), PlannedEnd.NONE, null),
  APPLICATION("申报受理", "第十五、十六条", "Timer_ApplicationDeadline", List.of("Task_CloseIntake"),
      PlannedEnd.APPLICATION_DEADLINE, null),
  RECOMMENDATION_PUBLICITY("推荐公示", "第十六条", null, List.of(), PlannedEnd.PUBLICITY, PublicityKind.RECOMMENDATION),
  QUALIFICATION_REVIEW("资格审查", "第十七条", "Task_CloseIntake",
      List.of("CallActivity_AcceptedListPublicity", "End_NoAcceptedCases"), PlannedEnd.NONE, null),
  ACCEPTED_LIST_PUBLICITY("受理名单公示", "第十七条", "CallActivity_AcceptedListPublicity",
      List.of("Task_StartDocumentReview"), PlannedEnd.PUBLICITY, PublicityKind.ACCEPTED_LIST),
  DOCUMENT_REVIEW("资料评审", "第十八条", "Task_StartDocumentReview", List.of("CallActivity_OnsiteListPublicity"),
      PlannedEnd.NONE, null),
  ONSITE_LIST_PUBLICITY("现场评审名单公示", "第十八条", "CallActivity_OnsiteListPublicity",
      List.of("Task_StartOnsiteReview"), PlannedEnd.PUBLICITY, PublicityKind.ONSITE_LIST),
  ONSITE_REVIEW("现场评审", "第十九条", "Task_StartOnsiteReview", List.of("Task_RankCandidates"), PlannedEnd.NONE, null),
  COMPREHENSIVE_EVALUATION("综合评价", "第二十条", "Task_RankCandidates", List.of("Task_LeadingGroupReview"),
      PlannedEnd.NONE, null),
  LEADING_GROUP_REVIEW("领导小组审定", "第八条、第九条", "Task_LeadingGroupReview",
      List.of("CallActivity_ProposedListPublicity"), PlannedEnd.NONE, null),
  PROPOSED_LIST_PUBLICITY("评议公示", "第二十一条", "CallActivity_ProposedListPublicity",
      List.of("Task_CityGovernmentApproval"), PlannedEnd.PUBLICITY, PublicityKind.PROPOSED_AWARDS),
  CITY_APPROVAL("市政府审批", "第二十二条", "Task_CityGovernmentApproval", List.of("Task_Commend"), PlannedEnd.NONE, null),
  COMMENDATION("表彰奖励", "第二十三、二十四条", "Task_Commend", List.of("End_Commended"), PlannedEnd.NONE, null);

  /** Where a stage's planned end comes from; the Measures set no period for the others. */
  enum PlannedEnd {
    NONE,
    /** The deadline the notice announced (Art 15). */
    APPLICATION_DEADLINE,
    /** The last of the publicity's working days (不少于5个工作日, Art 16, 17, 18, 21). */
    PUBLICITY
  }

  private final String label;
  private final String article;
  private final String startActivity;
  private final List<String> endActivities;
  private final PlannedEnd plannedEnd;
  private final PublicityKind publicityKind;

  EditionPhase(String label, String article, String startActivity, List<String> endActivities,
      PlannedEnd plannedEnd, PublicityKind publicityKind) {
    this.label = label;
    this.article = article;
    this.startActivity = startActivity;
    this.endActivities = endActivities;
    this.plannedEnd = plannedEnd;
    this.publicityKind = publicityKind;
  }

  String label() { return label; }
  String article() { return article; }
  String startActivity() { return startActivity; }
  List<String> endActivities() { return endActivities; }
  PlannedEnd plannedEnd() { return plannedEnd; }
  PublicityKind publicityKind() { return publicityKind; }
}
