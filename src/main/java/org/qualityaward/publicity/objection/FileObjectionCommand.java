package org.qualityaward.publicity.objection;

/** A validated objection as the public files it. */
public record FileObjectionCommand(String objectorName, String contact, Long applicationId, String grounds) {
}
