package org.qualityaward.noticeboard;

import org.qualityaward.publicity.ObjectionRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * The notice board's objection form as posted (multipart): text as typed, so a refused form comes
 * back with every value kept; the rules are {@link ObjectionRequest}'s, the attachment's {@code
 * ObjectionUpload}'s.
 */
class ObjectionForm {

  private String objectorName;
  private String contact;
  private String applicationId;
  private String grounds;
  private MultipartFile attachment;

  /**
   * The fields as the JSON API receives them: an empty input is a missing field (as absent from a
   * JSON body), an application id that is not a number too.
   */
  ObjectionRequest toRequest() {
    Long id;
    try {
      id = blankToNull(applicationId) == null ? null : Long.valueOf(applicationId.strip());
    } catch (NumberFormatException e) {
      id = null;
    }
    return new ObjectionRequest(blankToNull(objectorName), blankToNull(contact), id, blankToNull(grounds));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A file input left empty posts a part without name or bytes. */
  boolean hasAttachment() {
    return attachment != null && !attachment.isEmpty();
  }

  public String getObjectorName() { return objectorName; }
  public void setObjectorName(String objectorName) { this.objectorName = objectorName; }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = contact; }
  public String getApplicationId() { return applicationId; }
  public void setApplicationId(String applicationId) { this.applicationId = applicationId; }
  public String getGrounds() { return grounds; }
  public void setGrounds(String grounds) { this.grounds = grounds; }
  public MultipartFile getAttachment() { return attachment; }
  public void setAttachment(MultipartFile attachment) { this.attachment = attachment; }
}
