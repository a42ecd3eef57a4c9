package org.groma.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds Groma's code to the dependency rules of docs/design.md ("Modules"), and shows that each can fail. */
class ArchitectureTest {

  /**
   * The main code of every Maven module, found on this (the top) module's test class path: as target/classes
   * folders or as jars. groma-testing is test scaffolding shared by the modules' tests, not main code.
   */
  static final JavaClasses GROMA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/testing/target/") && !location.contains("groma-testing-"))
      .importPackages("org.groma");

  /** The packages of each module's main code: the rules below must see them all, or they pass on nothing. */
  static final List<String> EVERY_MODULE = List.of(
      "geo", "journal",
      "app", "app.commission", "app.delimitation", "app.delimitation.comparison", // groma-commission
      "app.store",                                                            // groma-store
      "app.io", "app.export",                                                 // groma-io
      "app.node", "app.keys",                                                 // groma-node
      "app.server", "app.server.ogc", "app.server.sync",                      // groma-server
      "app.cli", "app.demo", "app.selfcheck");                                // groma-cli

  @Test
  void the_rules_see_the_main_code_of_every_module_and_no_test_code() {
    for (String p : EVERY_MODULE) {
      assertThat(GROMA.containPackage("org.groma." + p)).as("org.groma." + p + " on the class path").isTrue();
    }
    assertThat(GROMA.containPackage("org.groma.app.testing")).isFalse();
    assertThat(GROMA.contain("org.groma.app.store.ChildJvm")).isFalse();
  }

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
