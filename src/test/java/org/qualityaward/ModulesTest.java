package org.qualityaward;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: no cycles between them, and a module only uses what another
 * exposes in its base package (its sub-packages, like publicity.web, stay internal).
 */
class ModulesTest {

  @Test
  @DisplayName("feature modules have no cycles and use each other only through their base packages")
  void modulesAreWellFormed() {
    ApplicationModules.of(QualityAwardApplication.class).verify();
  }
}
