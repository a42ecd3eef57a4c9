package org.groma.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.app.architecture.ArchitectureRules.Scope;
import org.junit.jupiter.api.Test;

/** Holds Groma's code to the rules of docs/architecture.md, and shows that each rule can fail. */
class ArchitectureTest {

  /** A module's main classes: its target/classes folder in the reactor, or its jar. */
  private static final Pattern MAIN =
      Pattern.compile("/([a-z]+)/target/classes/|/groma-([a-z]+)-[^/]*(?<!-tests)\\.jar!");

  static final ModuleGraph GRAPH = ModuleGraph.read(ModuleGraph.buildRoot());

  /**
   * Test code: compiled from a module's src/test (its test-classes folder, or the test-jar other modules'
   * tests use), and groma-testing, whose main code is test scaffolding.
   */
  static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code", c -> {
    String where = location(c);
    return where.contains("/target/test-classes/") || where.contains("-tests.jar!")
        || moduleOfLocation(where).filter("testing"::equals).isPresent();
  });

  /** The module whose main code holds the class, from where the class file was found. */
  static final Function<JavaClass, Optional<String>> MODULE_OF = c -> c.getPackageName().startsWith("org.groma.")
      ? moduleOfLocation(location(c)).filter(m -> !m.equals("testing")) : Optional.empty();

  /** Every class of Groma on this (the top) module's test class path: main code and test code. */
  static final JavaClasses EVERYTHING = new ClassFileImporter()
      .withImportOption(location -> !location.contains("/org/groma/archfixture/"))
      .importPackages("org.groma");

  /** The main code of every module below this one (and this one's). */
  static final JavaClasses GROMA = EVERYTHING.that(DescribedPredicate.not(TEST_CODE));

  static final Scope SCOPE = new Scope("org.groma", TEST_CODE, MODULE_OF, GRAPH);

  @Test
  void the_rules_see_the_main_code_of_every_module_and_no_test_code() {
    Set<String> seen = new TreeSet<>();
    GROMA.forEach(c -> MODULE_OF.apply(c).ifPresent(seen::add));
    Set<String> expected = new TreeSet<>(GRAPH.modules());
    expected.removeAll(Set.of("testing", "bench")); // test scaffolding; benchmarks above the cli
    assertThat(seen).isEqualTo(expected);
    assertThat(hasPackage(GROMA, "org.groma.app.testing")).isFalse();
    assertThat(hasClass(GROMA, "org.groma.app.testing.ChildJvm")).isFalse();
    assertThat(hasClass(GROMA, "org.groma.app.commission.DemoCommission")).isFalse();
    assertThat(hasClass(EVERYTHING, "org.groma.app.commission.DemoCommission")).isTrue();
    assertThat(hasClass(EVERYTHING, "org.groma.app.node.ScriptedCommission")).isTrue();
  }

  @Test
  void every_package_the_rules_name_exists() {
    for (String p : ArchitectureRules.namedPackages()) {
      assertThat(hasPackage(GROMA, "org.groma." + p)).as("org.groma." + p).isTrue();
    }
  }

  /** Each package is main code of exactly one module: a module is a set of whole packages. */
  @Test
  void no_package_is_split_between_modules() {
    Map<String, Set<String>> modulesOf = new TreeMap<>();
    GROMA.forEach(c -> MODULE_OF.apply(c)
        .ifPresent(m -> modulesOf.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(m)));
    modulesOf.values().removeIf(ms -> ms.size() == 1);
    assertThat(modulesOf).isEmpty();
  }

  @Test
  void modules_depend_only_downward_as_their_poms_say() {
    ArchitectureRules.modulesDependDownward(SCOPE).check(GROMA);
  }

  @Test
  void no_package_cycles() {
    ArchitectureRules.noPackageCycles(SCOPE).check(GROMA);
  }

  @Test
  void geo_and_journal_use_no_framework() {
    ArchitectureRules.librariesUseNoFramework(SCOPE).check(GROMA);
  }

  @Test
  void feature_packages_know_nothing_of_the_adapters() {
    ArchitectureRules.featuresKnowNothingOfAdapters(SCOPE).check(GROMA);
  }

  @Test
  void only_the_cli_knows_picocli() {
    ArchitectureRules.onlyTheCliKnowsPicocli(SCOPE).check(GROMA);
  }

  @Test
  void main_code_uses_no_test_code() {
    ArchitectureRules.mainCodeUsesNoTestCode(SCOPE).check(EVERYTHING);
  }

  @Test
  void main_code_holds_no_scaffolding_and_one_demo() {
    ArchitectureRules.noScaffoldingInMainCode(SCOPE).check(EVERYTHING);
  }

  // ---- the same rules on a deliberately broken fixture tree ----

  static final String FIXTURE_ROOT = "org.groma.archfixture";
  static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  /** The fixture's modules, by package, and their graph: geo <- commission <- store <- node <- server <- cli. */
  static final Map<String, String> FIXTURE_MODULES = new LinkedHashMap<>();

  static {
    FIXTURE_MODULES.put("geo", "geo");
    FIXTURE_MODULES.put("app.delimitation", "commission");
    FIXTURE_MODULES.put("app.store", "store");
    FIXTURE_MODULES.put("app.node", "node");
    FIXTURE_MODULES.put("app.server", "server");
    FIXTURE_MODULES.put("app.cli", "cli");
  }

  static final ModuleGraph FIXTURE_GRAPH = new ModuleGraph(Map.of("geo", Set.of(), "commission", Set.of("geo"),
      "store", Set.of("commission"), "node", Set.of("store"), "server", Set.of("node"), "cli", Set.of("server")),
      Map.of());

  static final Scope FIXTURE_SCOPE = new Scope(FIXTURE_ROOT,
      DescribedPredicate.describe("fixture test code", c -> c.getPackageName().startsWith(FIXTURE_ROOT + ".testcode")),
      c -> Optional.ofNullable(FIXTURE_MODULES.get(c.getPackageName().replaceFirst("^" + FIXTURE_ROOT + "\\.?", ""))),
      FIXTURE_GRAPH);

  @Test
  void each_rule_catches_a_violation_in_the_fixture_tree() {
    assertFails(ArchitectureRules.modulesDependDownward(FIXTURE_SCOPE), "LeakyGeo", "module geo depends on module cli");
    assertFails(ArchitectureRules.modulesDependDownward(FIXTURE_SCOPE), "FixtureStore",
        "module store depends on module node");
    assertFails(ArchitectureRules.noPackageCycles(FIXTURE_SCOPE), "FixtureStore", "ScriptedHistory");
    assertFails(ArchitectureRules.librariesUseNoFramework(FIXTURE_SCOPE), "LeakyGeo", "com.fasterxml");
    assertFails(ArchitectureRules.featuresKnowNothingOfAdapters(FIXTURE_SCOPE), "LeakyFeature", "FixtureCommand");
    assertFails(ArchitectureRules.onlyTheCliKnowsPicocli(FIXTURE_SCOPE), "LeakyFeature", "picocli");
    assertFails(ArchitectureRules.mainCodeUsesNoTestCode(FIXTURE_SCOPE), "ScriptedHistory", "TestOnly");
    assertFails(ArchitectureRules.mainCodeUsesNoTestCode(FIXTURE_SCOPE), "ScriptedHistory", "org.junit");
    assertFails(ArchitectureRules.noScaffoldingInMainCode(FIXTURE_SCOPE), "app.node.ScriptedHistory");
    assertFails(ArchitectureRules.noScaffoldingInMainCode(FIXTURE_SCOPE), "app.server.DemoBanner");
  }

  /** A rule over packages that hold no class fails instead of passing on nothing. */
  @Test
  void a_rule_over_no_class_fails() {
    Scope nowhere = new Scope("org.groma.nowhere", FIXTURE_SCOPE.testCode(), c -> Optional.empty(), FIXTURE_GRAPH);
    for (ArchRule r : new ArchRule[] {ArchitectureRules.modulesDependDownward(nowhere),
        ArchitectureRules.noPackageCycles(nowhere), ArchitectureRules.librariesUseNoFramework(nowhere),
        ArchitectureRules.featuresKnowNothingOfAdapters(nowhere), ArchitectureRules.onlyTheCliKnowsPicocli(nowhere),
        ArchitectureRules.mainCodeUsesNoTestCode(nowhere), ArchitectureRules.noScaffoldingInMainCode(nowhere)}) {
      assertThatThrownBy(() -> r.check(FIXTURE)).as(r.getDescription()).isInstanceOf(AssertionError.class);
    }
  }

  private static void assertFails(ArchRule rule, String... inMessage) {
    assertThatThrownBy(() -> rule.check(FIXTURE)).as(rule.getDescription()).isInstanceOf(AssertionError.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(inMessage));
  }

  /**
   * Whether a class of {@code classes} is in {@code name} or below (a subset's containPackage answers for
   * the whole import).
   */
  private static boolean hasPackage(JavaClasses classes, String name) {
    return classes.stream().anyMatch(c -> c.getPackageName().equals(name) || c.getPackageName().startsWith(name + "."));
  }

  private static boolean hasClass(JavaClasses classes, String name) {
    return classes.stream().anyMatch(c -> c.getName().equals(name));
  }

  private static String location(JavaClass c) {
    return c.getSource().map(s -> s.getUri().toString()).orElse("");
  }

  private static Optional<String> moduleOfLocation(String where) {
    Matcher m = MAIN.matcher(where);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }
}
