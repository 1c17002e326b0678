package org.qualityaward;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
  @DisplayName("a public type is another package's API: used outside its package, or a bean a model calls by name")
  void publicTypesAreUsedOutsideTheirPackage() throws IOException {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(QualityAwardApplication.class.getPackageName());
    JavaClasses all = new ClassFileImporter().importPackages(QualityAwardApplication.class.getPackageName());
    String models = modelExpressions();
    List<String> unused = new ArrayList<>();
    for (JavaClass type : main) {
      if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
          && !type.isAnnotatedWith(SpringBootApplication.class)
          && !usedOutsideItsPackage(type, all)
          && !models.contains("${" + Introspector.decapitalize(type.getSimpleName()) + ".")) {
        unused.add(type.getName());
      }
    }
    assertThat(unused).as("public types nobody outside their package uses: make them package-private").isEmpty();
  }

  /** By code or tests elsewhere, counting its nested types. */
  private static boolean usedOutsideItsPackage(JavaClass type, JavaClasses all) {
    return all.stream().filter(t -> t.getName().equals(type.getName()) || t.getName().startsWith(type.getName() + "$"))
        .flatMap(t -> t.getDirectDependenciesToSelf().stream())
        .anyMatch(use -> !use.getOriginClass().getPackageName().equals(type.getPackageName()));
  }

  /** Every model's text: JUEL calls methods only on public classes, so beans named there stay public. */
  private static String modelExpressions() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      StringBuilder text = new StringBuilder();
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        text.append(Files.readString(file));
      }
      return text.toString();
    }
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
