package org.qualityaward.revocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecallReminderRepository extends JpaRepository<RecallReminder, Long> {

  List<RecallReminder> findByRecallItemIdOrderByOrdinalAsc(Long recallItemId);

  long countByRecallItemId(Long recallItemId);
}
