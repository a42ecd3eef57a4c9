package org.groma.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/design.md ("Modules"), written for a root package so that the same rules can be
 * shown to catch violations in a fixture tree ({@code org.groma.archfixture}).
 */
final class ArchitectureRules {

  /** The feature packages of the node: each holds its records and its decide/evolve rules. */
  static final String[] FEATURES = {"commission", "delimitation", "demarcation", "treaty", "monitoring"};

  /** The adapters, which may depend on features but never the reverse. */
  static final String[] ADAPTERS = {"server", "store", "node", "cli", "export", "io", "demo"};

  private ArchitectureRules() {}

  /** geo and journal are pure libraries: they know nothing of the node. */
  static ArchRule librariesKnowNothingOfTheApp(String root) {
    return noClasses().that().resideInAnyPackage(root + ".geo..", root + ".journal..")
        .should().dependOnClassesThat().resideInAPackage(root + ".app..")
        .because("geo and journal are libraries that the node uses, never the other way round (docs/design.md)");
  }

  /** geo and journal use no I/O or application framework (bytes in, bytes out: no framework there). */
  static ArchRule librariesUseNoFramework(String root) {
    return noClasses().that().resideInAnyPackage(root + ".geo..", root + ".journal..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml..", "picocli..", "io.javalin..", "org.eclipse.jetty..", "java.sql..", "org.slf4j..")
        .because("geo and journal are bytes in, bytes out: no JSON binding, CLI, HTTP, SQL or logging");
  }

  /** Feature packages know nothing of server, store, CLI or export. */
  static ArchRule featuresKnowNothingOfAdapters(String root) {
    String[] features = new String[FEATURES.length];
    for (int i = 0; i < FEATURES.length; i++) {
      features[i] = root + ".app." + FEATURES[i] + "..";
    }
    String[] adapters = new String[ADAPTERS.length];
    for (int i = 0; i < ADAPTERS.length; i++) {
      adapters[i] = root + ".app." + ADAPTERS[i] + "..";
    }
    return noClasses().that().resideInAnyPackage(features)
        .should().dependOnClassesThat().resideInAnyPackage(adapters)
        .allowEmptyShould(true)
        .because("adapters depend on features, never the reverse (docs/design.md)");
  }

  /** Only the command line knows picocli. */
  static ArchRule onlyTheCliKnowsPicocli(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".app.cli..")
        .and().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .because("exit codes and usage belong to the CLI adapter alone");
  }
}
