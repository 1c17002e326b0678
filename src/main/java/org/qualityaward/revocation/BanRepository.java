package org.qualityaward.revocation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BanRepository extends JpaRepository<Ban, Long> {

  List<Ban> findBySubjectCreditCode(String subjectCreditCode);

  List<Ban> findBySubjectIdHash(String subjectIdHash);
}
