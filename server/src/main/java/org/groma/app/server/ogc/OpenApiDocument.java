package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The OpenAPI 3.0 definition of the node's OGC API – Features ({@code /ogc/api}, requirement class "OpenAPI
 * 3.0" of 17-069r4): every path {@link OgcRoutes} serves, with its parameters, responses and schemas,
 * including the properties of each collection's features. Built by hand from the same constants the routes
 * use (collection ids, limit default and maximum), so the two cannot drift apart unnoticed; a test checks
 * that every routed path and query parameter is described here and every {@code $ref} resolves.
 */
final class OpenApiDocument {

  static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  static final String OPENAPI_VERSION = "3.0.3";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PROBLEM = "application/problem+json";
  private static final String VERSION = gromaVersion();

  private OpenApiDocument() {}

  /** The definition for a node whose OGC API is at {@code serverUrl} (absolute, ending in {@code /ogc}). */
  static ObjectNode build(String serverUrl, String commissionName) {
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", OPENAPI_VERSION);
    ObjectNode info = doc.putObject("info");
    info.put("title", "Groma node: " + commissionName);
    info.put("version", VERSION);
    info.put("description", "OGC API – Features (Part 1: Core) of one commission's node. The journal"
        + " collections are the commission's working record, rebuilt from its signed journal: not an agreed"
        + " boundary unless a feature's status says so. Read-only; no sign-in needed.");
    info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    doc.putArray("servers").addObject().put("url", serverUrl).put("description", "this node");
    ArrayNode tags = doc.putArray("tags");
    tags.addObject().put("name", "Capabilities").put("description", "what this API offers");
    tags.addObject().put("name", "Data").put("description", "the collections and their features");

    ObjectNode paths = doc.putObject("paths");
    paths.set("/", operation("Capabilities", "getLandingPage", "Landing page",
        "Links to the API definition, the conformance declaration and the collections. HTML when asked for"
            + " (f=html, or an Accept header naming text/html).",
        params(ref("fLanding")),
        ok("The landing page", content("application/json", schemaRef("landingPage"),
            "text/html", NODES.objectNode().put("type", "string")))));
    paths.set("/api", operation("Capabilities", "getApi", "This API definition",
        "The OpenAPI 3.0 definition of this API.", params(ref("f")),
        ok("The API definition", content(MEDIA_TYPE, NODES.objectNode().put("type", "object")))));
    paths.set("/conformance", operation("Capabilities", "getConformanceDeclaration", "Conformance declaration",
        "The conformance classes of OGC API – Features this API implements.", params(ref("f")),
        ok("The conformance classes", content("application/json", schemaRef("confClasses")))));
    paths.set("/collections", operation("Data", "getCollections", "The collections",
        "The feature collections of this node, each with its extent and links to its items.", params(ref("f")),
        ok("The collections", content("application/json", schemaRef("collections")))));
    paths.set("/collections/{collectionId}", operation("Data", "describeCollection", "One collection",
        "A collection's title, description, extent and links.", params(ref("collectionId"), ref("f")),
        ok("The collection", content("application/json", schemaRef("collection"))), notFound()));
    paths.set("/collections/{collectionId}/items", operation("Data", "getFeatures", "Features of a collection",
        "A page of the collection's features, in collection order, selected by bbox and datetime. A"
            + " \"next\" link leads to the following page while there is one. Feature properties per"
            + " collection: components/schemas/{collectionId}Properties.",
        params(ref("collectionId"), ref("bbox"), ref("datetime"), ref("limit"), ref("offset"), ref("f")),
        ok("A page of features", content("application/geo+json", schemaRef("featureCollectionGeoJSON"))),
        notFound()));
    paths.set("/collections/{collectionId}/items/{featureId}", operation("Data", "getFeature", "One feature",
        "A feature by its id.", params(ref("collectionId"), ref("featureId"), ref("f")),
        ok("The feature", content("application/geo+json", schemaRef("featureGeoJSON"))), notFound()));

    ObjectNode components = doc.putObject("components");
    components.set("parameters", parameters());
    components.set("schemas", schemas());
    return doc;
  }

  // ------------------------------------------------------------------------------------------ operations

  private static ObjectNode operation(String tag, String id, String summary, String description,
      ArrayNode parameters, ObjectNode... responses) {
    ObjectNode get = NODES.objectNode();
    get.putArray("tags").add(tag);
    get.put("operationId", id);
    get.put("summary", summary);
    get.put("description", description);
    get.set("parameters", parameters);
    ObjectNode rs = get.putObject("responses");
    for (ObjectNode r : responses) {
      rs.setAll(r);
    }
    rs.set("400", problem("Bad request: an unknown or repeated query parameter, or a value out of range"));
    rs.set("500", problem("Internal error"));
    ObjectNode path = NODES.objectNode();
    path.set("get", get);
    return path;
  }

  private static ArrayNode params(ObjectNode... refs) {
    ArrayNode a = NODES.arrayNode();
    for (ObjectNode r : refs) {
      a.add(r);
    }
    return a;
  }

  private static ObjectNode ref(String parameter) {
    return NODES.objectNode().put("$ref", "#/components/parameters/" + parameter);
  }

  private static ObjectNode schemaRef(String schema) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + schema);
  }

  private static ObjectNode content(Object... typeAndSchema) {
    ObjectNode c = NODES.objectNode();
    for (int i = 0; i < typeAndSchema.length; i += 2) {
      c.putObject((String) typeAndSchema[i]).set("schema", (ObjectNode) typeAndSchema[i + 1]);
    }
    return c;
  }

  private static ObjectNode ok(String description, ObjectNode content) {
    ObjectNode r = NODES.objectNode();
    r.putObject("200").put("description", description).set("content", content);
    return r;
  }

  private static ObjectNode notFound() {
    ObjectNode r = NODES.objectNode();
    r.set("404", problem("No such collection or feature"));
    return r;
  }

  private static ObjectNode problem(String description) {
    ObjectNode r = NODES.objectNode().put("description", description + " (RFC 9457 problem details)");
    r.set("content", content(PROBLEM, schemaRef("problem")));
    return r;
  }

  // ------------------------------------------------------------------------------------------ parameters

  private static ObjectNode parameters() {
    ObjectNode p = NODES.objectNode();
    p.set("f", query("f", "The format of the response: json (the default).", false,
        NODES.objectNode().put("type", "string").set("enum", NODES.arrayNode().add("json"))));
    p.set("fLanding", query("f", "The format of the response: json, or html for people (the default follows"
            + " the Accept header).", false,
        NODES.objectNode().put("type", "string").set("enum", NODES.arrayNode().add("json").add("html"))));
    ObjectNode collectionId = NODES.objectNode().put("name", "collectionId").put("in", "path")
        .put("description", "The collection's id.").put("required", true);
    ArrayNode ids = NODES.arrayNode();
    OgcCollection.ids().forEach(ids::add);
    collectionId.putObject("schema").put("type", "string").set("enum", ids);
    p.set("collectionId", collectionId);
    ObjectNode featureId = NODES.objectNode().put("name", "featureId").put("in", "path")
        .put("description", "The feature's id: the section, proposal, decision, post or patrol id; for a segment SECTION~N"
            + " (agreed line) or SECTION~PROPOSAL~N; for a settlement its GeoNames id.").put("required", true);
    featureId.putObject("schema").put("type", "string");
    p.set("featureId", featureId);

    ObjectNode bboxSchema = NODES.objectNode().put("type", "array").put("minItems", 4).put("maxItems", 6);
    bboxSchema.putObject("items").put("type", "number");
    p.set("bbox", query("bbox", "Only features whose geometry intersects the box: minLon,minLat,maxLon,maxLat"
        + " in CRS84 (WGS 84 longitude, latitude; http://www.opengis.net/def/crs/OGC/1.3/CRS84), or six numbers"
        + " with heights, which are ignored. A minLon greater than maxLon spans the antimeridian. The test is"
        + " made in the plane of longitude and latitude; edges count as inside.", true, bboxSchema));
    p.set("datetime", query("datetime", "Only features whose time intersects the instant or interval, ends"
        + " included: an RFC 3339 date-time or full date (a whole UTC day), or an interval start/end with .. or"
        + " nothing for an open end. A feature's time is, per collection: " + timeRules() + ".", true,
        NODES.objectNode().put("type", "string")));
    p.set("limit", query("limit", "The most features on one page. A value above the maximum is served as the"
        + " maximum.", true, NODES.objectNode().put("type", "integer").put("minimum", 1)
        .put("maximum", ItemsQuery.MAX_LIMIT).put("default", ItemsQuery.DEFAULT_LIMIT)));
    p.set("offset", query("offset", "How many of the selected features to skip: the next link of a page sets"
        + " it.", true, NODES.objectNode().put("type", "integer").put("minimum", 0).put("default", 0)));
    return p;
  }

  private static String timeRules() {
    return String.join("; ", java.util.Arrays.stream(OgcCollection.values()).map(c -> c.id + ": " + c.timeRule())
        .toList());
  }

  private static ObjectNode query(String name, String description, boolean formNoExplode, ObjectNode schema) {
    ObjectNode q = NODES.objectNode().put("name", name).put("in", "query").put("description", description)
        .put("required", false);
    if (formNoExplode) {
      q.put("style", "form").put("explode", false);
    }
    q.set("schema", schema);
    return q;
  }

  // ------------------------------------------------------------------------------------------ schemas

  private static ObjectNode schemas() {
    ObjectNode s = NODES.objectNode();
    ObjectNode link = object("href", "rel");
    props(link).set("href", string("uri"));
    props(link).set("rel", string(null));
    props(link).set("type", string(null));
    props(link).set("title", string(null));
    s.set("link", link);
    ObjectNode links = NODES.objectNode().put("type", "array");
    links.set("items", schemaRef("link"));

    ObjectNode landing = object("links");
    props(landing).set("title", string(null));
    props(landing).set("description", string(null));
    props(landing).set("links", links.deepCopy());
    s.set("landingPage", landing);

    ObjectNode conf = object("conformsTo");
    props(conf).putObject("conformsTo").put("type", "array").putObject("items").put("type", "string");
    s.set("confClasses", conf);

    ObjectNode collections = object("links", "collections");
    props(collections).set("links", links.deepCopy());
    props(collections).putObject("collections").put("type", "array").set("items", schemaRef("collection"));
    s.set("collections", collections);

    ObjectNode collection = object("id", "links");
    props(collection).set("id", string(null));
    props(collection).set("title", string(null));
    props(collection).set("description", string(null));
    props(collection).set("links", links.deepCopy());
    props(collection).set("extent", schemaRef("extent"));
    props(collection).set("itemType", string(null));
    s.set("collection", collection);

    ObjectNode extent = object();
    ObjectNode spatial = object();
    props(extent).set("spatial", spatial);
    ObjectNode bbox = props(spatial).putObject("bbox").put("type", "array").put("minItems", 1);
    bbox.putObject("items").put("type", "array").put("minItems", 4).put("maxItems", 6)
        .putObject("items").put("type", "number");
    props(spatial).putObject("crs").put("type", "string");
    ObjectNode temporal = object();
    props(extent).set("temporal", temporal);
    props(temporal).putObject("interval").put("type", "array").put("minItems", 1)
        .putObject("items").put("type", "array").put("minItems", 2).put("maxItems", 2)
        .putObject("items").put("type", "string").put("format", "date-time").put("nullable", true);
    props(temporal).putObject("trs").put("type", "string");
    s.set("extent", extent);

    ObjectNode fc = object("type", "features");
    props(fc).putObject("type").put("type", "string").putArray("enum").add("FeatureCollection");
    props(fc).putObject("features").put("type", "array").set("items", schemaRef("featureGeoJSON"));
    props(fc).set("links", links.deepCopy());
    props(fc).set("timeStamp", string("date-time"));
    props(fc).putObject("numberMatched").put("type", "integer").put("minimum", 0);
    props(fc).putObject("numberReturned").put("type", "integer").put("minimum", 0);
    s.set("featureCollectionGeoJSON", fc);

    ObjectNode feature = object("type", "geometry", "properties");
    props(feature).putObject("type").put("type", "string").putArray("enum").add("Feature");
    props(feature).set("geometry", schemaRef("geometryGeoJSON"));
    props(feature).putObject("properties").put("type", "object").put("nullable", true);
    props(feature).set("id", string(null));
    props(feature).set("links", links.deepCopy());
    s.set("featureGeoJSON", feature);

    ObjectNode geometry = NODES.objectNode();
    ArrayNode oneOf = geometry.putArray("oneOf");
    oneOf.add(schemaRef("pointGeoJSON")).add(schemaRef("lineStringGeoJSON")).add(schemaRef("multilineStringGeoJSON"));
    s.set("geometryGeoJSON", geometry);
    s.set("pointGeoJSON", geometry("Point", position()));
    s.set("lineStringGeoJSON", geometry("LineString", positions(2)));
    s.set("multilineStringGeoJSON", geometry("MultiLineString",
        NODES.objectNode().put("type", "array").set("items", positions(2))));

    for (OgcCollection c : OgcCollection.values()) {
      ObjectNode properties = object();
      properties.put("description", "Properties of a feature of " + c.id + " (" + c.geometryType + ").");
      for (OgcCollection.Property p : c.properties) {
        ObjectNode ps = props(properties).putObject(p.name()).put("type", p.type()).put("description", p.description());
        if (p == OgcCollection.Property.STATUS_SINCE || p.name().endsWith("_at") || p.name().endsWith("_time")) {
          ps.put("format", "date-time");
        }
      }
      s.set(c.id + "Properties", properties);
    }

    ObjectNode problem = object("title", "status");
    props(problem).set("type", string(null));
    props(problem).set("title", string(null));
    props(problem).putObject("status").put("type", "integer");
    props(problem).set("detail", string(null));
    props(problem).set("instance", string(null));
    s.set("problem", problem);
    return s;
  }

  private static ObjectNode object(String... required) {
    ObjectNode o = NODES.objectNode().put("type", "object");
    if (required.length > 0) {
      ArrayNode r = o.putArray("required");
      for (String name : required) {
        r.add(name);
      }
    }
    o.putObject("properties");
    return o;
  }

  private static ObjectNode props(ObjectNode schema) {
    return (ObjectNode) schema.get("properties");
  }

  private static ObjectNode string(String format) {
    ObjectNode s = NODES.objectNode().put("type", "string");
    if (format != null) {
      s.put("format", format);
    }
    return s;
  }

  private static ObjectNode geometry(String type, ObjectNode coordinates) {
    ObjectNode g = object("type", "coordinates");
    props(g).putObject("type").put("type", "string").putArray("enum").add(type);
    props(g).set("coordinates", coordinates);
    return g;
  }

  private static ObjectNode position() {
    ObjectNode p = NODES.objectNode().put("type", "array").put("minItems", 2).put("maxItems", 3);
    p.putObject("items").put("type", "number");
    return p;
  }

  private static ObjectNode positions(int min) {
    ObjectNode p = NODES.objectNode().put("type", "array").put("minItems", min);
    p.set("items", position());
    return p;
  }

  private static String gromaVersion() {
    Properties p = new Properties();
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("/org/groma/app/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
