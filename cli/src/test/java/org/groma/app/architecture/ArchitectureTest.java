package org.groma.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds Groma's code to the dependency rules of docs/design.md ("Modules"), and shows that each can fail. */
class ArchitectureTest {

  static final JavaClasses GROMA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.groma");

  static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("org.groma.archfixture");

  @Test
  void geo_and_journal_know_nothing_of_the_app() {
    ArchitectureRules.librariesKnowNothingOfTheApp("org.groma").check(GROMA);
  }

  @Test
  void geo_and_journal_use_no_framework() {
    ArchitectureRules.librariesUseNoFramework("org.groma").check(GROMA);
  }

  @Test
  void feature_packages_know_nothing_of_server_store_cli_or_export() {
    ArchitectureRules.featuresKnowNothingOfAdapters("org.groma").check(GROMA);
  }

  @Test
  void only_the_cli_knows_picocli() {
    ArchitectureRules.onlyTheCliKnowsPicocli("org.groma").check(GROMA);
  }

  @Test
  void each_rule_catches_a_violation_in_the_fixture_tree() {
    String root = "org.groma.archfixture";
    assertThatThrownBy(() -> ArchitectureRules.librariesKnowNothingOfTheApp(root).check(FIXTURE))
        .hasMessageContaining("LeakyGeo");
    assertThatThrownBy(() -> ArchitectureRules.librariesUseNoFramework(root).check(FIXTURE))
        .hasMessageContaining("LeakyGeo");
    assertThatThrownBy(() -> ArchitectureRules.featuresKnowNothingOfAdapters(root).check(FIXTURE))
        .hasMessageContaining("LeakyFeature");
    assertThatThrownBy(() -> ArchitectureRules.onlyTheCliKnowsPicocli(root).check(FIXTURE))
        .hasMessageContaining("LeakyFeature");
  }
}
