package org.qualityaward.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByReceiptNumber(String receiptNumber);

  List<Complaint> findByHonourIdOrderByIdAsc(Long honourId);

  Optional<Complaint> findByProcessInstanceId(String processInstanceId);
}
