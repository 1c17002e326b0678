package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import java.util.List;
import java.util.stream.Stream;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.identity.Role;
import org.qualityaward.publicity.ObjectionUpload;
import org.qualityaward.publicity.PublicityEntryRepository;
import org.qualityaward.publicity.PublicityRepository;
import org.springframework.stereotype.Component;

/**
 * Bean {@code objectionContext}: read-only facts shown at the top of the objection forms. Used in
 * the user tasks' input mappings, so they live as task-local variables only (never process data).
 * The objector's name and contact are not among them: the forms link to {@code
 * /api/objections/{receipt}/objector}, so the engine's variables and history never hold them.
 */
@Component("objectionContext")
public class ObjectionContext {

  private final ObjectionLookup lookup;
  private final PublicityRepository publicities;
  private final PublicityEntryRepository entries;
  private final ObjectionAttachmentRepository attachments;
  private final IdentityService identityService;

  public ObjectionContext(ObjectionLookup lookup, PublicityRepository publicities,
      PublicityEntryRepository entries, ObjectionAttachmentRepository attachments,
      IdentityService identityService) {
    this.lookup = lookup;
    this.publicities = publicities;
    this.entries = entries;
    this.attachments = attachments;
    this.identityService = identityService;
  }

  public String receiptNumber(Object objectionId) {
    return lookup.load(objectionId).getReceiptNumber();
  }

  public String publicityTitle(Object objectionId) {
    return publicities.findById(lookup.load(objectionId).getPublicityId()).map(p -> p.getTitle()).orElse("");
  }

  /** 「2026年3月3日至2026年3月9日（5个工作日）」, as the notice board shows it. */
  public String publicityPeriod(Object objectionId) {
    return publicities.findById(lookup.load(objectionId).getPublicityId()).map(p -> p.periodText()).orElse("");
  }

  public String candidate(Object objectionId) {
    Objection o = lookup.load(objectionId);
    String name = entries.findById(o.getEntryId()).map(e -> e.getCandidateName()).orElse("?");
    return name + "（申报编号 " + o.getApplicationId() + "）";
  }

  public String grounds(Object objectionId) {
    return lookup.load(objectionId).getGrounds();
  }

  public String findings(Object objectionId) {
    return lookup.load(objectionId).getFindings();
  }

  /**
   * Who may investigate (Art 9(6), 16): the publicity's handler group on record — the recommending unit
   * for its own publicity — and the office, which receives every objection and may take the
   * investigation itself instead of leaving it to the unit.
   */
  public List<String> investigators(Object objectionId) {
    return Stream.of(handlerGroup(objectionId), Role.QUALITY_OFFICE.groupId()).distinct().toList();
  }

  /**
   * Who investigated, for the office's conclusion (Art 9(6)), by the body's name: the office when one
   * of its members recorded the findings, else the publicity's handler group on record (the
   * recommending unit for its own publicity, Art 16).
   */
  public String investigator(Object objectionId) {
    String user = lookup.load(objectionId).getInvestigatedBy();
    boolean office = user != null && identityService.createGroupQuery().groupMember(user)
        .groupId(Role.QUALITY_OFFICE.groupId()).count() > 0;
    String group = office ? Role.QUALITY_OFFICE.groupId() : handlerGroup(objectionId);
    Group named = identityService.createGroupQuery().groupId(group).singleResult();
    return named == null || named.getName() == null ? group : named.getName();
  }

  private String handlerGroup(Object objectionId) {
    return publicities.findById(lookup.load(objectionId).getPublicityId()).orElseThrow().getHandlerGroup();
  }

  /**
   * Markdown for the forms: a link to the objector's attachment at its staff-only download URL
   * (HTTP Basic, the handlers' own login), then the file's name as text, or 「无附件」. The objector
   * chose the name: it never becomes the link or markup ({@link MarkdownText}).
   */
  public String attachmentLink(Object objectionId) {
    Objection o = lookup.load(objectionId);
    return attachments.findByObjectionId(o.getId())
        .map(a -> "[打开附件](" + attachmentUrl(o.getReceiptNumber()) + ")：" + MarkdownText.of(a.getFileName())
            + "（" + ObjectionUpload.megabytes(a.getSizeBytes()) + "）")
        .orElse("无附件");
  }

  /** Where the handlers download an objection's attachment. */
  public static String attachmentUrl(String receiptNumber) {
    return "/api/objections/" + receiptNumber + "/attachment";
  }
}
