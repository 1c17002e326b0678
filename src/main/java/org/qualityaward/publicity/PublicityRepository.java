package org.qualityaward.publicity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicityRepository extends JpaRepository<Publicity, Long> {

  List<Publicity> findByEditionIdOrderByPublishedOnAscIdAsc(Long editionId);

  /** Running publicities and those whose period ended on or after {@code endedSince}. */
  @Query("select p from Publicity p where p.state = org.qualityaward.publicity.PublicityState.RUNNING"
      + " or p.lastDay >= :endedSince order by p.publishedOn desc, p.id desc")
  List<Publicity> findCurrent(@Param("endedSince") LocalDate endedSince);
}
