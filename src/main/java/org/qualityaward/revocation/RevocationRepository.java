package org.qualityaward.revocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevocationRepository extends JpaRepository<Revocation, Long> {

  List<Revocation> findByHonourIdOrderByIdAsc(Long honourId);

  List<Revocation> findByRevokedOnIsNotNullOrderByRevokedOnDescIdDesc();
}
