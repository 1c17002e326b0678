package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds rule inputs: an eligible applicant by default, changed one fact at a time. */
final class Applicant {

  static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);
  static final String ORG_CODE = Codes.creditCode("91130602", "MA0E1234");
  static final String GROUP_CODE = Codes.creditCode("91130600", "10000001");
  static final String SHIJIAZHUANG_CODE = Codes.creditCode("91130102", "MA0E1234");
  static final String ID_NUMBER = Codes.idNumber("13060219800101001");

  private LocalDate deadline = DEADLINE;
  /** Null: applied on the deadline day. */
  private LocalDate appliedOn;
  private String creditCode = ORG_CODE;
  private LocalDate registeredOn = LocalDate.of(2014, 6, 1);
  private String registrationAuthority = "保定市竞秀区市场监督管理局";
  private String registeredAddress = "河北省保定市竞秀区朝阳北大街 1 号";
  private String groupCreditCode;
  private Boolean chiefQualityOfficer = true;
  private LocalDate qualityWorkSince = LocalDate.of(2015, 9, 1);
  private Boolean topManager = false;
  private Boolean noStateSecrets = true;
  private final List<CreditRecord> creditRecords = new ArrayList<>();
  private final List<AccidentRecord> accidents = new ArrayList<>();
  private final List<CreditRecord> employerCreditRecords = new ArrayList<>();
  private final List<EvidenceMark> evidence =
      new ArrayList<>(List.of(new EvidenceMark("自评报告.pdf", false)));

  static Applicant eligible() {
    return new Applicant();
  }

  Applicant deadline(LocalDate date) {
    deadline = date;
    return this;
  }

  Applicant appliedOn(LocalDate date) {
    appliedOn = date;
    return this;
  }

  Applicant creditCode(String code) {
    creditCode = code;
    return this;
  }

  Applicant registeredWith(String authority, String address) {
    registrationAuthority = authority;
    registeredAddress = address;
    return this;
  }

  Applicant registeredOn(LocalDate date) {
    registeredOn = date;
    return this;
  }

  Applicant group(String code) {
    groupCreditCode = code;
    return this;
  }

  Applicant chiefQualityOfficer(Boolean declared) {
    chiefQualityOfficer = declared;
    return this;
  }

  Applicant qualityWorkSince(LocalDate date) {
    qualityWorkSince = date;
    return this;
  }

  Applicant topManager(boolean top) {
    topManager = top;
    return this;
  }

  Applicant noStateSecrets(Boolean declared) {
    noStateSecrets = declared;
    return this;
  }

  Applicant credit(CreditRecordType type, LocalDate date) {
    creditRecords.add(new CreditRecord(type, date, "保市监罚〔2023〕12号"));
    return this;
  }

  /** A credit record of the individual's organisation (Art 12(6) → 11(6)). */
  Applicant employerCredit(CreditRecordType type, LocalDate date) {
    employerCreditRecords.add(new CreditRecord(type, date, "保市监罚〔2024〕7号"));
    return this;
  }

  Applicant accident(AccidentType type, LocalDate date) {
    accidents.add(new AccidentRecord(type, date, null));
    return this;
  }

  Applicant evidence(String fileName, Boolean tradeSecret) {
    evidence.add(new EvidenceMark(fileName, tradeSecret));
    return this;
  }

  EligibilityInput organization() {
    return new EligibilityInput(
        7L, 1L, deadline, appliedOn == null ? deadline : appliedOn, ApplicationKind.ORGANIZATION,
        new OrganizationProfile(
            "保定某精密机械有限公司", creditCode, registeredOn, registrationAuthority, registeredAddress,
            groupCreditCode, "C34",
            chiefQualityOfficer, "张三"),
        null, declarations(), evidence);
  }

  EligibilityInput individual() {
    return new EligibilityInput(
        8L, 1L, deadline, appliedOn == null ? deadline : appliedOn, ApplicationKind.INDIVIDUAL, null,
        new IndividualProfile("李四", ID_NUMBER, creditCode, qualityWorkSince, topManager, "C34"),
        declarations(), evidence);
  }

  private Declarations declarations() {
    return new Declarations(noStateSecrets, creditRecords, accidents, employerCreditRecords);
  }
}
