package org.groma.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the module table of docs/architecture.md to the build: the modules, their artifacts, the Groma modules
 * each POM names, the test code each module's tests use and the packages each holds. Also checks that every
 * package of main code has its package-info.java.
 */
class ModuleTableTest {

  static final Path ROOT = ModuleGraph.buildRoot();
  static final ModuleGraph GRAPH = ModuleGraph.read(ROOT);

  /** A package written in a table cell: lower-case names joined by dots, {@code ..} for "and below". */
  private static final Pattern PACKAGE = Pattern.compile("`([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*(?:\\.\\.)?)`");

  /** The table's rows by module folder, each row its cells by column heading. */
  static Map<String, Map<String, String>> table() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/architecture.md"));
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      if (lines.get(i).startsWith("| module | artifact |") && lines.get(i).contains("| depends on (Groma")) {
        header = i;
      }
    }
    assertThat(header).as("the module table in docs/architecture.md").isNotNegative();
    List<String> columns = cells(lines.get(header));
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = cells(lines.get(i));
      assertThat(cells).as("line %d of docs/architecture.md", i + 1).hasSameSizeAs(columns);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        row.put(columns.get(c), cells.get(c));
      }
      rows.put(row.get("module").replaceAll("[`/]", ""), row);
    }
    return rows;
  }

  @Test
  void every_module_of_the_build_has_a_row_with_its_artifact() throws IOException {
    Map<String, Map<String, String>> rows = table();
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(GRAPH.modules());
    rows.forEach((m, row) -> assertThat(row.get("artifact")).as(m).isEqualTo(ModuleGraph.PREFIX + m));
  }

  @Test
  void each_row_names_the_groma_modules_its_pom_names() throws IOException {
    table().forEach((m, row) -> {
      assertThat(names(column(row, "depends on (Groma"))).as("main dependencies of %s", m)
          .isEqualTo(GRAPH.direct().get(m));
      assertThat(names(column(row, "test code"))).as("test code %s's tests use", m)
          .isEqualTo(GRAPH.testCode().get(m));
    });
  }

  @Test
  void each_row_names_exactly_the_packages_of_its_main_code() throws IOException {
    table().forEach((m, row) -> {
      Set<String> actual = packages(ROOT.resolve(m).resolve("src/main/java"));
      List<String> written = new ArrayList<>();
      Matcher p = PACKAGE.matcher(column(row, "packages"));
      while (p.find()) {
        written.add(p.group(1).startsWith("org.") ? p.group(1) : "org.groma.app." + p.group(1));
      }
      for (String w : written) {
        assertThat(actual).as("%s: package %s written in docs/architecture.md", m, w)
            .anyMatch(a -> w.endsWith("..") ? a.startsWith(w.substring(0, w.length() - 2)) : a.equals(w));
      }
      for (String a : actual) {
        assertThat(written).as("%s: package %s of its main code, not in docs/architecture.md", m, a)
            .anyMatch(w -> w.endsWith("..") ? a.startsWith(w.substring(0, w.length() - 2)) : a.equals(w));
      }
    });
  }

  @Test
  void every_package_of_main_code_has_a_package_info() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String m : GRAPH.modules()) {
      Path src = ROOT.resolve(m).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(src)) {
        files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
            .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
            .forEach(dir -> missing.add(ROOT.relativize(dir).toString()));
      }
    }
    assertThat(missing).as("package folders without package-info.java").isEmpty();
  }

  /** The cell of the column whose heading starts with {@code heading}. */
  private static String column(Map<String, String> row, String heading) {
    return row.entrySet().stream().filter(e -> e.getKey().startsWith(heading)).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no column " + heading + " in " + row.keySet()));
  }

  /** "a, b (test-jar)" as a set; "—" is none. */
  private static Set<String> names(String cell) {
    Set<String> out = new TreeSet<>();
    if (!cell.equals("—")) {
      Arrays.stream(cell.split(",")).map(String::trim).forEach(out::add);
    }
    return out;
  }

  /** The packages that hold a .java file under a source folder. */
  private static Set<String> packages(Path src) {
    try (Stream<Path> files = Files.walk(src)) {
      Set<String> out = new TreeSet<>();
      files.filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> out.add(src.relativize(f.getParent()).toString().replace('/', '.')));
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> cells(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }
}
