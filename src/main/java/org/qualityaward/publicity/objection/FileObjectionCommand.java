package org.qualityaward.publicity.objection;

import org.qualityaward.publicity.ObjectionUpload;

/** A validated objection as the public files it, with an optional attachment (null: none). */
public record FileObjectionCommand(String objectorName, String contact, Long applicationId, String grounds,
    ObjectionUpload attachment) {

  public FileObjectionCommand(String objectorName, String contact, Long applicationId, String grounds) {
    this(objectorName, contact, applicationId, grounds, null);
  }
}
