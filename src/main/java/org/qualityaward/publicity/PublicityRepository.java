package org.qualityaward.publicity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicityRepository extends JpaRepository<Publicity, Long> {

  List<Publicity> findByEditionIdOrderByPublishedOnAscIdAsc(Long editionId);

  /** Running publicities and those whose period ended on or after {@code endedSince}, newest first. */
  default List<Publicity> findCurrent(LocalDate endedSince) {
    return findByStateOrLastDayGreaterThanEqualOrderByPublishedOnDescIdDesc(PublicityState.RUNNING, endedSince);
  }

  List<Publicity> findByStateOrLastDayGreaterThanEqualOrderByPublishedOnDescIdDesc(PublicityState state,
      LocalDate endedSince);
}
