package org.groma.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dependency rules of docs/architecture.md ("Rules the build enforces"), written for a {@link Scope} so
 * that the same rules can be shown to catch violations in a fixture tree ({@code org.groma.archfixture}).
 * Every rule fails when it finds nothing to check ({@code allowEmptyShould(false)}), so a rule over a package
 * that does not exist cannot pass.
 */
final class ArchitectureRules {

  /**
   * What the rules run over.
   *
   * @param root the root package ({@code org.groma}, or the fixture's)
   * @param testCode the classes that are test code (compiled from src/test, or the groma-testing module)
   * @param moduleOf the Maven module of a class's main code; empty for test code and for non-Groma classes
   * @param graph the modules and the modules each may depend on
   */
  record Scope(String root, DescribedPredicate<JavaClass> testCode, Function<JavaClass, Optional<String>> moduleOf,
      ModuleGraph graph) {

    DescribedPredicate<JavaClass> mainCode() {
      return DescribedPredicate.describe("main code of " + root,
          c -> c.getPackageName().startsWith(root + ".") && !testCode.test(c));
    }
  }

  /** The feature packages of the domain: each holds its records and its rules. */
  static final List<String> FEATURES = List.of("commission", "delimitation", "demarcation", "incident");

  /** The adapters, which may depend on features but never the reverse. */
  static final List<String> ADAPTERS = List.of("server", "store", "node", "documents", "cli", "export", "io", "demo");

  /** Test libraries: main code never uses them. */
  static final String[] TEST_LIBRARIES = {"org.junit..", "org.assertj..", "com.tngtech.archunit.."};

  /**
   * Simple names of test scaffolding (an in-memory or scripted stand-in, a fake, stub or mock, the tests' key
   * ring): such classes live in test code, never in main code.
   */
  static final String SCAFFOLDING_NAME = "(InMemory|Scripted|Fake|Stub|Mock)[A-Z]\\w*|KeyRing";

  private ArchitectureRules() {}

  /** Every package a rule below names, relative to the root: each must exist, or the rule checks nothing. */
  static List<String> namedPackages() {
    List<String> out = new ArrayList<>(List.of("geo", "journal", "app", "app.cli", "app.demo"));
    FEATURES.forEach(f -> out.add("app." + f));
    ADAPTERS.forEach(a -> out.add("app." + a));
    return out;
  }

  /** geo and journal use no I/O or application framework (bytes in, bytes out: no framework there). */
  static ArchRule librariesUseNoFramework(Scope s) {
    return noClasses().that().resideInAnyPackage(s.root() + ".geo..", s.root() + ".journal..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml..", "picocli..", "io.javalin..", "org.eclipse.jetty..", "java.sql..", "org.slf4j..")
        .allowEmptyShould(false)
        .because("geo and journal are bytes in, bytes out: no JSON binding, CLI, HTTP, SQL or logging");
  }

  /** Feature packages know nothing of server, store, node, CLI, import or export. */
  static ArchRule featuresKnowNothingOfAdapters(Scope s) {
    return noClasses().that().resideInAnyPackage(packages(s, FEATURES))
        .should().dependOnClassesThat().resideInAnyPackage(packages(s, ADAPTERS))
        .allowEmptyShould(false)
        .because("adapters depend on features, never the reverse");
  }

  /** Only the command line knows picocli. */
  static ArchRule onlyTheCliKnowsPicocli(Scope s) {
    return noClasses().that().resideOutsideOfPackage(s.root() + ".app.cli..")
        .and().resideInAPackage(s.root() + "..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .allowEmptyShould(false)
        .because("exit codes and usage belong to the CLI adapter alone");
  }

  /** No two packages depend on each other, directly or through others (so none within a module). */
  static ArchRule noPackageCycles(Scope s) {
    return slices().matching(s.root() + ".(**)").should().beFreeOfCycles()
        .allowEmptyShould(false)
        .because("a package cycle makes two packages one; a module is a stack of packages");
  }

  /**
   * A class of a module depends only on classes of that module and of the modules its POM depends on,
   * directly or through them: geo and journal on no Groma class at all, commission on nothing of store, io,
   * node, server or cli, and so on up the graph.
   */
  static ArchRule modulesDependDownward(Scope s) {
    ArchCondition<JavaClass> downward = new ArchCondition<>("depend only on their own module and the modules below it"
        + " in the POMs") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String from = s.moduleOf().apply(c).orElseThrow();
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          Optional<String> to = s.moduleOf().apply(d.getTargetClass().getBaseComponentType());
          if (to.isPresent() && !to.get().equals(from) && !s.graph().below(from).contains(to.get())) {
            events.add(SimpleConditionEvent.violated(d, "module " + from + " depends on module " + to.get()
                + ", which its POM does not: " + d.getDescription()));
          }
        }
      }
    };
    return classes().that(DescribedPredicate.describe("belong to a module", c -> s.moduleOf().apply(c).isPresent()))
        .should(downward)
        .allowEmptyShould(false)
        .because("dependencies point one way, as the POMs say (docs/architecture.md)");
  }

  /** Main code uses no test code (another module's test-jar, groma-testing) and no test library. */
  static ArchRule mainCodeUsesNoTestCode(Scope s) {
    return noClasses().that(s.mainCode())
        .should().dependOnClassesThat(s.testCode())
        .orShould().dependOnClassesThat().resideInAnyPackage(TEST_LIBRARIES)
        .allowEmptyShould(false)
        .because("test scaffolding is test code: it never reaches the jar");
  }

  /** Main code holds no test scaffolding, and the one demo lives in one package. */
  static ArchRule noScaffoldingInMainCode(Scope s) {
    return noClasses().that(s.mainCode())
        .should().haveNameMatching(".*\\.(" + SCAFFOLDING_NAME + ")")
        .orShould(DemoOutsideTheDemo.of(s))
        .allowEmptyShould(false)
        .because("scaffolding lives in the tests' code (test-jars); the shipped demo in "
            + s.root() + ".app.demo alone, started by the cli's DemoCommand");
  }

  /** A main class named Demo… outside the demo package (the cli's command that starts the demo aside). */
  private static final class DemoOutsideTheDemo {
    static ArchCondition<JavaClass> of(Scope s) {
      return new ArchCondition<>("be named Demo… outside " + s.root() + ".app.demo") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          boolean demo = c.getSimpleName().startsWith("Demo");
          boolean inDemo = c.getPackageName().equals(s.root() + ".app.demo");
          boolean command = c.getPackageName().equals(s.root() + ".app.cli") && c.getSimpleName().equals("DemoCommand");
          events.add(new SimpleConditionEvent(c, demo && !inDemo && !command,
              c.getName() + " is named for the demo but is not in " + s.root() + ".app.demo"));
        }
      };
    }
  }

  private static String[] packages(Scope s, List<String> names) {
    return names.stream().map(n -> s.root() + ".app." + n + "..").toArray(String[]::new);
  }
}
