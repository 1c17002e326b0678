package org.qualityaward.revocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecallItemRepository extends JpaRepository<RecallItem, Long> {

  List<RecallItem> findByRevocationIdOrderByIdAsc(Long revocationId);
}
