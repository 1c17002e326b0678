package org.qualityaward.recommender;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A recommending unit (推荐单位) of Art 16. */
@Entity
public class Recommender {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private RecommenderType type;

  private String countyCode;
  private String countyName;

  protected Recommender() {}

  public Recommender(String code, String name, RecommenderType type, String countyCode, String countyName) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.countyCode = countyCode;
    this.countyName = countyName;
  }

  /** The office's correction of a unit; the code stays, it names the unit's group. */
  void revise(String name, RecommenderType type, String countyCode, String countyName) {
    this.name = name;
    this.type = type;
    this.countyCode = countyCode;
    this.countyName = countyName;
  }

  public Long getId() { return id; }
  public long getVersion() { return version; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public RecommenderType getType() { return type; }
  public String getCountyCode() { return countyCode; }
  public String getCountyName() { return countyName; }

  /** Art 16: a county regulator's recommendation needs the county coordination body's consent. */
  public boolean needsCountyConsent() {
    return type == RecommenderType.COUNTY_REGULATOR;
  }

  /** Camunda group whose members act for this unit. */
  public String groupId() {
    return "recommender-" + code;
  }

  /** Camunda group of the county coordination body that consents, or null. */
  public String countyGroupId() {
    return needsCountyConsent() ? "county-" + countyCode : null;
  }
}
