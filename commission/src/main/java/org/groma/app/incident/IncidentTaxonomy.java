package org.groma.app.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;

/**
 * The event types and sub-types incidents are recorded under (docs/incidents.md, "Taxonomy"): a code for the
 * journal ({@code shelling}), a label for people ("Shelling") and the sub-types a type allows. The defaults are
 * the monitoring practice the register follows; a commission may use its own, given as a JSON file
 * {@code {"types": [{"code", "label", "subTypes": [codes]}]}}.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class IncidentTaxonomy {

  /** One event type with the sub-types it allows (none: any sub-type is refused). */
  public record Type(String code, String label, List<String> subTypes) {
    public Type {
      checkCode(code);
      if (label == null || label.isBlank()) {
        throw new BadInputException("event type " + code + " has no label");
      }
      subTypes = List.copyOf(subTypes);
      subTypes.forEach(IncidentTaxonomy::checkCode);
    }
  }

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /** The default taxonomy. */
  public static final IncidentTaxonomy DEFAULT = new IncidentTaxonomy(List.of(
      new Type("armed-exchange", "Armed exchange", List.of("small-arms", "sniper", "heavy-weapons")),
      new Type("shelling", "Shelling", List.of("artillery", "mortar", "rocket")),
      new Type("drone", "Drone", List.of("surveillance-flight", "strike")),
      new Type("movement-of-forces", "Movement of forces", List.of("troops", "vehicles", "heavy-weapons")),
      new Type("construction", "Construction", List.of("fortification", "road", "fence", "post")),
      new Type("crossing", "Crossing", List.of("civilian", "military", "livestock")),
      new Type("detention", "Detention", List.of("civilian", "military")),
      new Type("pillar-damage", "Damage to a pillar", List.of("damaged", "destroyed", "moved")),
      new Type("other", "Other", List.of())));

  private final Map<String, Type> byCode = new LinkedHashMap<>();

  public IncidentTaxonomy(List<Type> types) {
    if (types.isEmpty()) {
      throw new BadInputException("a taxonomy needs at least one event type");
    }
    for (Type t : types) {
      if (byCode.put(t.code(), t) != null) {
        throw new BadInputException("event type " + t.code() + " is listed twice");
      }
    }
  }

  /** A taxonomy from its JSON form; {@code where} names the file in messages. */
  public static IncidentTaxonomy of(JsonNode json, String where) {
    JsonNode types = json == null ? null : json.get("types");
    if (types == null || !types.isArray()) {
      throw new BadInputException(where + ": expected {\"types\": [{\"code\", \"label\", \"subTypes\"}, ...]}");
    }
    List<Type> out = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      JsonNode t = types.get(i);
      List<String> subs = new ArrayList<>();
      t.path("subTypes").forEach(s -> subs.add(s.asText()));
      try {
        out.add(new Type(t.path("code").asText(null), t.path("label").asText(null), subs));
      } catch (BadInputException e) {
        throw new BadInputException(where + ": types[" + i + "]: " + e.getMessage(), e);
      }
    }
    return new IncidentTaxonomy(out);
  }

  public List<Type> types() {
    return List.copyOf(byCode.values());
  }

  /** The type named by its code or its label (labels compared ignoring case), if any. */
  public Optional<Type> find(String codeOrLabel) {
    Type t = byCode.get(codeOrLabel);
    if (t != null) {
      return Optional.of(t);
    }
    String wanted = codeOrLabel.strip().toLowerCase(Locale.ROOT);
    return byCode.values().stream().filter(x -> x.label().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }

  /** The codes, comma-separated, for messages. */
  public String codes() {
    return String.join(", ", byCode.keySet());
  }

  private static void checkCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new BadInputException("\"" + code + "\" is not a code (a-z, 0-9 and -, starting with a letter)");
    }
  }
}
