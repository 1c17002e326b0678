package org.qualityaward.eligibility;

/**
 * Accidents and complaints of Art 11(7). Only events at the article's threshold are declared,
 * so every value already means 较大及以上 (accidents) or 重大及以上 (complaints).
 */
public enum AccidentType {
  MAJOR_QUALITY_ACCIDENT("较大及以上质量事故"),
  MAJOR_SAFETY_ACCIDENT("较大及以上安全事故"),
  MAJOR_ENVIRONMENTAL_ACCIDENT("较大及以上生态环境事故"),
  MAJOR_PUBLIC_HEALTH_ACCIDENT("较大及以上公共卫生事故"),
  VERIFIED_MAJOR_COMPLAINT("查实的重大及以上质量投诉");

  private final String label;

  AccidentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
