package org.qualityaward.revocation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevocationRepository extends JpaRepository<Revocation, Long> {

  Optional<Revocation> findByProcessInstanceId(String processInstanceId);

  Optional<Revocation> findFirstByComplaintIdOrderByIdDesc(Long complaintId);

  List<Revocation> findByHonourIdOrderByIdAsc(Long honourId);

  List<Revocation> findByRevokedOnIsNotNullOrderByRevokedOnDescIdDesc();
}
