package org.groma.app.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API definition is OpenAPI 3.0 in shape (the fields the specification requires, parameters that name
 * where they go, every {@code $ref} resolvable) and describes exactly what {@link OgcRoutes} serves.
 */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PARAMETER_PLACES = Set.of("query", "path", "header", "cookie");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  @TempDir
  Path dir;

  private final JsonNode doc = OpenApiDocument.build("http://127.0.0.1:8080/ogc", "Demo joint boundary commission");

  private JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText(null);
    if (ref == null) {
      return node;
    }
    assertThat(ref).startsWith("#/");
    JsonNode target = doc.at(ref.substring(1));
    assertThat(target.isMissingNode()).as("$ref " + ref + " resolves").isFalse();
    return target;
  }

  @Test
  void has_the_fields_openapi_3_0_requires() {
    assertThat(doc.get("openapi").asText()).startsWith("3.0.");
    assertThat(doc.at("/info/title").asText()).isEqualTo("Groma node: Demo joint boundary commission");
    assertThat(doc.at("/info/version").asText()).isNotBlank();
    assertThat(doc.at("/servers/0/url").asText()).isEqualTo("http://127.0.0.1:8080/ogc");
    assertThat(doc.get("paths").isObject()).isTrue();
    Set<String> operationIds = new HashSet<>();
    doc.get("paths").fields().forEachRemaining(path -> {
      assertThat(path.getKey()).startsWith("/");
      path.getValue().fields().forEachRemaining(op -> {
        assertThat(op.getKey()).as(path.getKey()).isEqualTo("get");
        JsonNode operation = op.getValue();
        assertThat(operationIds.add(operation.get("operationId").asText())).as("unique operationId").isTrue();
        JsonNode responses = operation.get("responses");
        assertThat(responses.has("200")).as(path.getKey()).isTrue();
        responses.fields().forEachRemaining(r -> assertThat(resolve(r.getValue()).path("description").asText())
            .as(path.getKey() + " " + r.getKey()).isNotBlank());
        Set<String> pathParams = new TreeSet<>();
        for (JsonNode p : operation.get("parameters")) {
          JsonNode param = resolve(p);
          assertThat(param.path("name").asText()).isNotBlank();
          assertThat(PARAMETER_PLACES).contains(param.path("in").asText());
          assertThat(param.path("schema").isObject()).isTrue();
          if (param.get("in").asText().equals("path")) {
            assertThat(param.path("required").asBoolean()).as("a path parameter is required").isTrue();
            pathParams.add(param.get("name").asText());
          }
        }
        Set<String> templated = new TreeSet<>();
        Matcher m = TEMPLATE.matcher(path.getKey());
        while (m.find()) {
          templated.add(m.group(1));
        }
        assertThat(pathParams).as(path.getKey()).isEqualTo(templated);
      });
    });
  }

  @Test
  void every_ref_resolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    refs.forEach(ref -> resolve(JSON.createObjectNode().put("$ref", ref)));
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }

  @Test
  void describes_every_routed_path_and_exactly_the_query_parameters_each_accepts() {
    List<String> documented = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).containsExactlyElementsOf(OgcRoutes.ROUTES.stream().map(OgcRoutes.Route::path).toList());
    for (OgcRoutes.Route route : OgcRoutes.ROUTES) {
      Set<String> query = new TreeSet<>();
      for (JsonNode p : doc.at("/paths/" + route.path().replace("~", "~0").replace("/", "~1") + "/get/parameters")) {
        JsonNode param = resolve(p);
        if (param.get("in").asText().equals("query")) {
          query.add(param.get("name").asText());
        }
      }
      assertThat(query).as(route.path()).isEqualTo(new TreeSet<>(route.queryParams()));
    }
    JsonNode limit = doc.at("/components/parameters/limit/schema");
    assertThat(limit.get("default").asInt()).isEqualTo(ItemsQuery.DEFAULT_LIMIT);
    assertThat(limit.get("maximum").asInt()).isEqualTo(ItemsQuery.MAX_LIMIT);
    List<String> ids = new ArrayList<>();
    doc.at("/components/parameters/collectionId/schema/enum").forEach(x -> ids.add(x.asText()));
    assertThat(ids).isEqualTo(OgcCollection.ids());
    for (OgcCollection c : OgcCollection.values()) {
      List<String> names = new ArrayList<>();
      doc.at("/components/schemas/" + c.id + "Properties/properties").fieldNames().forEachRemaining(names::add);
      assertThat(names).isEqualTo(c.properties.stream().map(OgcCollection.Property::name).toList());
    }
  }

  /** The openapi-spec-validator of the Python Package Index, where a python3 on PATH has it; else skipped. */
  @Test
  void openapi_spec_validator_accepts_it() throws Exception {
    String reason = null;
    Process probe;
    try {
      probe = new ProcessBuilder("python3", "-c", "import openapi_spec_validator").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
        reason = "python3 has no openapi_spec_validator module";
      }
    } catch (java.io.IOException e) {
      reason = "python3 is not on PATH";
    }
    if (reason != null) {
      System.out.println("Skipping openapi-spec-validator: " + reason);
      Assumptions.abort(reason);
    }
    Path file = dir.resolve("api.json");
    Files.writeString(file, JSON.writeValueAsString(doc));
    Process p = new ProcessBuilder("python3", "-m", "openapi_spec_validator", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.strip()).isEqualTo(file + ": OK");
  }
}
