package org.qualityaward.application;

import java.util.List;
import org.qualityaward.eligibility.AccidentRecord;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.Declarations;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclaredRecordRepository extends JpaRepository<DeclaredRecord, Long> {
  List<DeclaredRecord> findByApplicationIdOrderByRecordDate(Long applicationId);

  /** Stores what the applicant declared for the case: its credit records, accidents and employer's credit records. */
  default void saveDeclarations(Long applicationId, Declarations declarations) {
    for (CreditRecord r : declarations.creditRecords()) {
      save(new DeclaredRecord(applicationId, DeclaredRecord.CREDIT, r.type().name(), r.date(), r.note()));
    }
    for (AccidentRecord r : declarations.accidents()) {
      save(new DeclaredRecord(applicationId, DeclaredRecord.ACCIDENT, r.type().name(), r.date(), r.note()));
    }
    for (CreditRecord r : declarations.employerCreditRecords()) {
      save(new DeclaredRecord(applicationId, DeclaredRecord.EMPLOYER_CREDIT, r.type().name(), r.date(), r.note()));
    }
  }
}
