package org.qualityaward.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.publicity.PublicityKind;

/**
 * What is known of an edition, read from its process history and its publicities: the input of
 * {@link StagePlan}, so the plan is computed without the engine.
 *
 * @param stageStarts when the edition first entered each stage it has reached
 * @param processEnded whether the edition's process is over
 */
record EditionFacts(LocalDate applicationDeadline, Map<EditionStage, LocalDateTime> stageStarts, boolean processEnded,
    List<PublicityFacts> publicities) {

  /**
   * One publicity of the edition.
   *
   * @param publishedAt when it was opened
   * @param lastDay the last working day of its period as the publicity states it; null until known
   * @param endedAt when its process ended (period over and every objection concluded); null while it runs
   */
  record PublicityFacts(PublicityKind kind, LocalDateTime publishedAt, LocalDate lastDay, LocalDateTime endedAt) {}
}
