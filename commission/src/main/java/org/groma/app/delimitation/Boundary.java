package org.groma.app.delimitation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.groma.app.BadInputException;

/**
 * The boundary between two parties, as an ordered list of named sections.
 *
 * <p>Sections need not join end to end: the rings of enclaves and a separate stretch (such as the Nakhchivan
 * boundary) are sections of the same boundary.
 *
 * @param id identifier, e.g. {@code "ARM-AZE"}
 * @param name the name the commission uses
 * @param partyA party A, on the left of the line as it runs (the convention of line comparison)
 * @param partyB party B
 * @param sections in order; ids unique
 */
public record Boundary(String id, String name, String partyA, String partyB, List<Section> sections) {

  public Boundary {
    if (id == null || id.isBlank()) {
      throw new BadInputException("a boundary needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new BadInputException("boundary " + id + ": needs a name");
    }
    if (partyA == null || partyA.isBlank() || partyB == null || partyB.isBlank()) {
      throw new BadInputException("boundary " + id + ": both parties must be named, got \"" + partyA + "\" and \""
          + partyB + "\"");
    }
    if (partyA.equals(partyB)) {
      throw new BadInputException("boundary " + id + ": parties A and B are both \"" + partyA + "\"");
    }
    sections = List.copyOf(sections);
    if (sections.isEmpty()) {
      throw new BadInputException("boundary " + id + ": needs at least one section");
    }
    Set<String> ids = new HashSet<>();
    Set<Integer> numbers = new HashSet<>();
    for (Section s : sections) {
      if (!ids.add(s.id())) {
        throw new BadInputException("boundary " + id + ": section id " + s.id() + " is used twice");
      }
    }
    for (Section s : sections) {
      for (int i = 0; i < s.turningPoints().size(); i++) {
        TurningPoint tp = s.turningPoints().get(i);
        // A section may start at the turning point the previous one ended at; otherwise numbers are unique.
        boolean sharedStart = i == 0 && numbers.contains(tp.number()) && sharesStart(sections, s);
        if (!numbers.add(tp.number()) && !sharedStart) {
          throw new BadInputException("boundary " + id + ", section " + s.id() + ": turning point number "
              + tp.number() + " is used twice");
        }
      }
    }
  }

  private static boolean sharesStart(List<Section> sections, Section s) {
    int k = sections.indexOf(s);
    return k > 0 && sections.get(k - 1).last().equals(s.first());
  }

  /** The section with this id. */
  public Section section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst()
        .orElseThrow(() -> new BadInputException("boundary " + id + " has no section " + sectionId));
  }
}
