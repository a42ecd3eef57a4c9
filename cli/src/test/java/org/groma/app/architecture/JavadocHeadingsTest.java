package org.groma.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every Javadoc comment of every module (main and test code) to one form of section headings: a class
 * comment's sections are {@code <h2>Algorithm</h2>}, {@code <h2>Accuracy</h2>}, {@code <h2>Limitations</h2>}
 * and {@code <h2>Thread safety</h2>}, in that order, each at most once; a method's or field's use
 * {@code <h4>}, the level Javadoc gives headings under a member. Any other spelling or markup of these
 * headings (a bold or plain run-in at the start of a paragraph, a colon after the name, another heading
 * level) fails, naming the file and line.
 */
class JavadocHeadingsTest {

  static final List<String> ORDER = List.of("Algorithm", "Accuracy", "Limitations", "Thread safety");

  /** Any heading of the family, in any markup, spelling or case. */
  private static final Pattern ANY_HEADING = Pattern.compile(
      "<h([1-6])>\\s*([^<]*?)\\s*</h\\1>");
  private static final Pattern FAMILY = Pattern.compile(
      "(?i)algorithms?|accuracy|limitations?|thread[ -]?safety|threading|concurrency");
  /** The paragraph and run-in forms: a name opening a paragraph, plain or bold, or a name and a colon. */
  private static final Pattern RUN_IN = Pattern.compile(
      "<p>\\s*(?:<(?:b|strong|em|i)>\\s*)?(?i:algorithms?|accuracy|limitations?|thread[ -]?safety)\\b"
          + "|(?<![\\w-])(?:Algorithm|Accuracy|Limitations?|Thread[ -]safety)(?: \\([^)]*\\))?:");
  private static final Pattern TYPE = Pattern.compile(
      "^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
          + "(?:class|interface|enum|record|@interface)\\s");

  @Test
  void javadoc_section_headings_are_written_one_way() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : sources()) {
      String text = Files.readString(file);
      Matcher comment = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL).matcher(text);
      while (comment.find()) {
        String where = ModuleGraph.buildRoot().relativize(file) + ":" + lineOf(text, comment.start());
        problems.addAll(check(comment.group(), precedesType(text, comment.end()), where));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void the_check_refuses_the_other_forms() {
    assertThat(check("/**\n * A.\n *\n * <h2>Algorithm</h2>\n * B.\n *\n * <h2>Thread safety</h2>\n * C.\n */",
        true, "x")).isEmpty();
    assertThat(check("/**\n * A.\n *\n * <h4>Algorithm</h4>\n * B.\n */", false, "x")).isEmpty();
    assertThat(check("/**\n * <p>Thread safety" + ": stateless.\n */", true, "x")).hasSize(1);
    assertThat(check("/**\n * <p><b>Accuracy" + ".</b> Exact.\n */", true, "x")).hasSize(1);
    assertThat(check("/**\n * <p>It reads. Limitations" + ": none.\n */", true, "x")).hasSize(1);
    assertThat(check("/**\n * <h3>Limitations</h3>\n */", true, "x")).hasSize(1);
    assertThat(check("/**\n * <h2>Thread Safety</h2>\n */", true, "x")).hasSize(1);
    assertThat(check("/**\n * <h2>Algorithm</h2>\n */", false, "x")).hasSize(1);
    assertThat(check("/**\n * <h2>Limitations</h2>\n * <h2>Accuracy</h2>\n */", true, "x")).hasSize(1);
  }

  /** What is wrong with one comment's headings ({@code type}: it documents a class, not a member). */
  static List<String> check(String comment, boolean type, String where) {
    List<String> problems = new ArrayList<>();
    String[] lines = comment.split("\n", -1);
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String at = where + " (+" + i + "): " + line.strip();
      if (RUN_IN.matcher(line).find()) {
        problems.add(at + ": write the section as <h" + (type ? 2 : 4) + ">Name</h" + (type ? 2 : 4) + ">");
      }
      Matcher h = ANY_HEADING.matcher(line);
      while (h.find()) {
        if (!FAMILY.matcher(h.group(2)).matches()) {
          continue;
        }
        int level = Integer.parseInt(h.group(1));
        int index = ORDER.indexOf(h.group(2));
        if (index < 0) {
          problems.add(at + ": spell it one of " + ORDER);
        } else if (level != (type ? 2 : 4)) {
          problems.add(at + ": a " + (type ? "class" : "member") + " comment's headings are <h" + (type ? 2 : 4) + ">");
        } else if (index <= last) {
          problems.add(at + ": sections go in the order " + ORDER + ", each once");
        }
        last = Math.max(last, index);
      }
    }
    return problems;
  }

  /** Whether the comment ending at {@code end} is followed (past annotations) by a type declaration. */
  private static boolean precedesType(String text, int end) {
    for (String line : text.substring(end).split("\n")) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("@")) {
        continue;
      }
      return TYPE.matcher(line).find();
    }
    return false;
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * Every .java file under each module's src/main/java and src/test/java but this one, whose test data are
   * the forms it refuses.
   */
  private static List<Path> sources() throws IOException {
    Path root = ModuleGraph.buildRoot();
    List<Path> out = new ArrayList<>();
    for (String m : ModuleGraph.read(root).modules()) {
      for (String tree : List.of("src/main/java", "src/test/java")) {
        Path dir = root.resolve(m).resolve(tree);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals(JavadocHeadingsTest.class.getSimpleName() + ".java"))
                .forEach(out::add);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        }
      }
    }
    return out;
  }
}
