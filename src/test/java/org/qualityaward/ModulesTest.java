package org.qualityaward;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: no cycles between them, and a module only uses what another
 * exposes in its base package (its sub-packages, like publicity.web, stay internal).
 */
class ModulesTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(QualityAwardApplication.class);

  @Test
  @DisplayName("feature modules have no cycles and use each other only through their base packages")
  void modulesAreWellFormed() {
    MODULES.verify();
  }

  @Test
  @DisplayName("a module's repositories are its own: other modules go through its services")
  void repositoriesStayInsideTheirModule() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(QualityAwardApplication.class.getPackageName());
    for (ApplicationModule module : MODULES) {
      String inside = module.getBasePackage().getName() + "..";
      noClasses().that().resideOutsideOfPackage(inside)
          .should().dependOnClassesThat(and(resideInAPackage(inside), assignableTo(Repository.class)))
          .because("module " + module.getIdentifier() + " offers its data through its services")
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
