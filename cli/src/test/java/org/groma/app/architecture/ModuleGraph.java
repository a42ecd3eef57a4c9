package org.groma.app.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Maven modules of the build and the Groma modules each one's main code depends on, read from the POMs
 * themselves, so that the architecture rules and docs/architecture.md are held to the graph Maven builds.
 * A module is named by its folder ({@code geo}, {@code commission}, …); its artifact is {@code groma-} + that
 * name. Dependencies of test scope, and on another module's test-jar (its test scaffolding), are not edges of
 * the main code's graph: they are the test code the module uses.
 *
 * @param direct each module's Groma dependencies for its main code, as its POM names them
 * @param testCode the Groma test code each module uses: {@code testing} (test scope), or {@code X (test-jar)}
 */
record ModuleGraph(Map<String, Set<String>> direct, Map<String, Set<String>> testCode) {

  static final String GROUP = "org.groma";
  static final String PREFIX = "groma-";

  /** The graph of the build rooted at {@code root} (the folder of the parent POM). */
  static ModuleGraph read(Path root) {
    Map<String, Set<String>> direct = new LinkedHashMap<>();
    Map<String, Set<String>> testCode = new LinkedHashMap<>();
    for (String module : children(parse(root.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
      Element pom = parse(root.resolve(module).resolve("pom.xml")).getDocumentElement();
      String artifact = text(pom, "artifactId");
      if (!artifact.equals(PREFIX + module)) {
        throw new IllegalStateException(module + "/pom.xml: artifactId " + artifact + ", expected " + PREFIX + module);
      }
      Set<String> deps = new TreeSet<>();
      Set<String> tests = new TreeSet<>();
      for (Element d : elements(pom, "dependencies", "dependency")) {
        if (!GROUP.equals(text(d, "groupId")) || !text(d, "artifactId").startsWith(PREFIX)) {
          continue;
        }
        String name = text(d, "artifactId").substring(PREFIX.length());
        if ("test-jar".equals(text(d, "type"))) {
          tests.add(name + " (test-jar)");
        } else if ("test".equals(text(d, "scope"))) {
          tests.add(name);
        } else {
          deps.add(name);
        }
      }
      direct.put(module, deps);
      testCode.put(module, tests);
    }
    return new ModuleGraph(direct, testCode);
  }

  /** The build's root: the working folder of a module's tests is that module's folder. */
  static Path buildRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no Maven build root (mvnw and pom.xml) at or above " + here);
  }

  Set<String> modules() {
    return direct.keySet();
  }

  /** Every module {@code module}'s main code may use: those it names and, through them, theirs. */
  Set<String> below(String module) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(module, Set.of()));
    while (!todo.isEmpty()) {
      String m = todo.pop();
      if (seen.add(m)) {
        todo.addAll(direct.getOrDefault(m, Set.of()));
      }
    }
    return seen;
  }

  private static Document parse(Path pom) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(pom.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
    }
  }

  /** The text of {@code parent}'s own child {@code name}, or null. */
  private static String text(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String list, String item) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(list)) {
        NodeList items = e.getElementsByTagName(item);
        for (int i = 0; i < items.getLength(); i++) {
          if (items.item(i).getParentNode() == e) {
            out.add((Element) items.item(i));
          }
        }
      }
    }
    return out;
  }

  private static List<String> children(Element parent, String list, String item) {
    return elements(parent, list, item).stream().map(e -> e.getTextContent().trim()).toList();
  }
}
