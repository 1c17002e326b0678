package org.qualityaward.publicity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicityEntryRepository extends JpaRepository<PublicityEntry, Long> {

  List<PublicityEntry> findByPublicityIdOrderByIdAsc(Long publicityId);

  List<PublicityEntry> findByApplicationIdOrderByIdAsc(Long applicationId);

  List<PublicityEntry> findByPublicityIdInOrderByIdAsc(List<Long> publicityIds);

  Optional<PublicityEntry> findByPublicityIdAndApplicationId(Long publicityId, Long applicationId);

  List<PublicityEntry> findByPublicityIdAndDisqualifiedTrueOrderByApplicationIdAsc(Long publicityId);
}
