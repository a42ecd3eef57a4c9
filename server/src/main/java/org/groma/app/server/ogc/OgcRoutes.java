package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.groma.app.commission.CommissionState;
import org.groma.app.delimitation.comparison.Settlement;
import org.groma.app.io.ShippedData;
import org.groma.app.node.CommissionNode;
import org.groma.app.server.http.ProblemException;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC API – Features under {@code /ogc}: landing page, API definition, conformance, collections and their
 * items, read from the node's current state.
 *
 * <p>The features of every collection are built once per size of the journal ({@link OgcSnapshot}) and
 * served from memory until the journal grows, so a read costs a filter over the collection and the writing of
 * one page. Errors are thrown as {@link ProblemException} and become problem+json in the server's one error
 * map. A query parameter this API does not define is refused with 400 (17-069r4, requirement
 * /req/core/query-param-unknown), so a misspelt {@code bbox} never silently returns everything.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent requests.
 */
public final class OgcRoutes {

  /** Where the API lives on the node. */
  public static final String BASE = "/ogc";

  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
  static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

  static final String JSON_TYPE = "application/json";
  static final String GEOJSON_TYPE = "application/geo+json";
  static final String HTML_TYPE = "text/html";

  /** A path below {@link #BASE} and the query parameters it accepts. */
  record Route(String path, Set<String> queryParams) {}

  /** Every route served, as the API definition must describe it. */
  static final List<Route> ROUTES = List.of(
      new Route("/", Set.of("f")),
      new Route("/api", Set.of("f")),
      new Route("/conformance", Set.of("f")),
      new Route("/collections", Set.of("f")),
      new Route("/collections/{collectionId}", Set.of("f")),
      new Route("/collections/{collectionId}/items", Set.of("f", "bbox", "datetime", "limit", "offset")),
      new Route("/collections/{collectionId}/items/{featureId}", Set.of("f")));

  /** What a Host header may hold (host name or IP literal, optional port): it is echoed into links. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CommissionNode node;
  private final Clock clock;
  private final OgcLayer settlements;
  private final List<Settlement> places;
  private volatile OgcSnapshot snapshot;

  private OgcRoutes(CommissionNode node, Clock clock) {
    this.node = node;
    this.clock = clock;
    ShippedData data = new ShippedData();
    this.settlements = OgcSnapshot.settlements(data);
    this.places = data.settlements();
  }

  /** Installs the API's routes for {@code node}; {@code clock} stamps the items pages. */
  public static void install(RoutesConfig routes, CommissionNode node, Clock clock) {
    OgcRoutes ogc = new OgcRoutes(node, clock);
    List<Handler> handlers = List.of(ogc::landing, ogc::api, ogc::conformance, ogc::collections, ogc::collection,
        ogc::items, ogc::item);
    for (int i = 0; i < ROUTES.size(); i++) {
      Route route = ROUTES.get(i);
      Handler handler = handlers.get(i);
      routes.get(route.path().equals("/") ? BASE : BASE + route.path(), ctx -> {
        checkParams(ctx, route);
        handler.handle(ctx);
      });
    }
  }

  // ------------------------------------------------------------------------------------------ handlers

  private void landing(Context ctx) throws Exception {
    OgcSnapshot s = snapshot();
    String base = base(ctx);
    boolean html = format(ctx, true);
    ObjectNode page = JSON.createObjectNode();
    page.put("title", "Groma node: " + s.commissionName());
    page.put("description", "OGC API – Features of the " + s.commissionName() + " as recorded on this node"
        + " (journal entries 0 to " + s.lastSeq() + "). The commission's working record: not an agreed"
        + " boundary unless a feature's status says so.");
    ArrayNode links = page.putArray("links");
    links.add(link(base + (html ? "?f=html" : ""), "self", html ? HTML_TYPE : JSON_TYPE, "This page"));
    links.add(link(base + (html ? "" : "?f=html"), "alternate", html ? JSON_TYPE : HTML_TYPE,
        html ? "This page as JSON" : "This page as HTML"));
    links.add(link(base + "/api", "service-desc", OpenApiDocument.MEDIA_TYPE, "The API definition (OpenAPI 3.0)"));
    links.add(link(base + "/conformance", "conformance", JSON_TYPE, "Conformance classes implemented"));
    links.add(link(base + "/collections", "data", JSON_TYPE, "The collections"));
    if (html) {
      ctx.contentType(HTML_TYPE + "; charset=utf-8").result(LandingPageHtml.render(page, OgcCollection.values(),
          base));
    } else {
      send(ctx, JSON_TYPE, page);
    }
  }

  private void api(Context ctx) throws Exception {
    format(ctx, false);
    send(ctx, OpenApiDocument.MEDIA_TYPE, OpenApiDocument.build(base(ctx), snapshot().commissionName()));
  }

  private void conformance(Context ctx) throws Exception {
    format(ctx, false);
    ObjectNode out = JSON.createObjectNode();
    ArrayNode classes = out.putArray("conformsTo");
    CONFORMANCE.forEach(classes::add);
    send(ctx, JSON_TYPE, out);
  }

  private void collections(Context ctx) throws Exception {
    format(ctx, false);
    OgcSnapshot s = snapshot();
    String base = base(ctx);
    ObjectNode out = JSON.createObjectNode();
    out.putArray("links").add(link(base + "/collections", "self", JSON_TYPE, "The collections"));
    ArrayNode list = out.putArray("collections");
    for (OgcCollection c : OgcCollection.values()) {
      list.add(describe(s.layer(c), base));
    }
    send(ctx, JSON_TYPE, out);
  }

  private void collection(Context ctx) throws Exception {
    format(ctx, false);
    send(ctx, JSON_TYPE, describe(snapshot().layer(collectionOf(ctx)), base(ctx)));
  }

  private void items(Context ctx) throws Exception {
    format(ctx, false);
    OgcCollection c = collectionOf(ctx);
    ItemsQuery q = ItemsQuery.parse(ctx.queryParamMap());
    OgcLayer layer = snapshot().layer(c);
    List<OgcItem> page = new ArrayList<>(Math.min(q.limit(), layer.items().size()));
    long matched;
    if (q.datetime().isPresent() && q.bbox().isEmpty()) {
      TimeIndex.Selection selected = layer.times().select(q.datetime().get());
      matched = selected.count();
      for (int i : selected.page(q.offset(), q.limit())) {
        page.add(layer.items().get(i));
      }
    } else if (q.filters()) {
      matched = 0;
      int[] candidates = q.datetime().isPresent() ? layer.times().candidates(q.datetime().get()) : null;
      int n = candidates == null ? layer.items().size() : candidates.length;
      for (int k = 0; k < n; k++) {
        OgcItem item = layer.items().get(candidates == null ? k : candidates[k]);
        if (selected(item, q)) {
          if (matched >= q.offset() && page.size() < q.limit()) {
            page.add(item);
          }
          matched++;
        }
      }
    } else {
      matched = layer.items().size();
      if (q.offset() < matched) {
        page.addAll(layer.items().subList((int) q.offset(), (int) Math.min(matched, q.offset() + q.limit())));
      }
    }

    String itemsUrl = base(ctx) + "/collections/" + c.id + "/items";
    List<ObjectNode> links = new ArrayList<>();
    links.add(link(pageUrl(itemsUrl, ctx, q.limit(), q.offset()), "self", GEOJSON_TYPE, "This page"));
    if (q.offset() + page.size() < matched && !page.isEmpty()) {
      links.add(link(pageUrl(itemsUrl, ctx, q.limit(), q.offset() + page.size()), "next", GEOJSON_TYPE,
          "Next page"));
    }
    if (q.offset() > 0) {
      links.add(link(pageUrl(itemsUrl, ctx, q.limit(), Math.max(0, Math.min(q.offset(), matched) - q.limit())),
          "prev", GEOJSON_TYPE, "Previous page"));
    }
    links.add(link(base(ctx) + "/collections/" + c.id, "collection", JSON_TYPE, c.title));

    // Features are written from their cached UTF-8 bytes, copied once; the frame around them is small.
    String head = "{\"type\":\"FeatureCollection\",\"timeStamp\":"
        + JSON.writeValueAsString(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
        + ",\"numberMatched\":" + matched + ",\"numberReturned\":" + page.size() + ",\"features\":[";
    byte[] tail = ("],\"links\":" + JSON.writeValueAsString(links) + "}").getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(head.length() + tail.length
        + page.stream().mapToInt(i -> i.utf8().length + 1).sum());
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < page.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(page.get(i).utf8());
    }
    out.writeBytes(tail);
    ctx.contentType(GEOJSON_TYPE).result(out.toByteArray());
  }

  private void item(Context ctx) throws Exception {
    format(ctx, false);
    OgcCollection c = collectionOf(ctx);
    String id = ctx.pathParam("featureId");
    OgcItem item = snapshot().layer(c).byId().get(id);
    if (item == null) {
      throw new ProblemException(404, "Not found", "the collection " + c.id + " has no feature \"" + id + "\"");
    }
    String base = base(ctx);
    ObjectNode out = item.json().deepCopy();
    ArrayNode links = out.putArray("links");
    links.add(link(base + "/collections/" + c.id + "/items/" + encode(id), "self", GEOJSON_TYPE, "This feature"));
    links.add(link(base + "/collections/" + c.id, "collection", JSON_TYPE, c.title));
    send(ctx, GEOJSON_TYPE, out);
  }

  // ------------------------------------------------------------------------------------------ parts

  /** The features as of the journal now, rebuilt only when the journal has grown since the last build. */
  OgcSnapshot snapshot() {
    CommissionState state = node.state();
    OgcSnapshot s = snapshot;
    if (s != null && s.lastSeq() >= state.lastSeq()) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || s.lastSeq() < state.lastSeq()) {
        s = OgcSnapshot.of(state, node.genesis().commissionName(), seq -> node.act(seq).time(), settlements,
            places);
        snapshot = s;
      }
      return s;
    }
  }

  private static boolean selected(OgcItem item, ItemsQuery q) {
    return (q.bbox().isEmpty() || q.bbox().get().intersects(item.geometry(), item.envelope()))
        && (q.datetime().isEmpty() || q.datetime().get().intersects(item.time()));
  }

  private static ObjectNode describe(OgcLayer layer, String base) {
    OgcCollection c = layer.collection();
    ObjectNode out = JSON.createObjectNode();
    out.put("id", c.id);
    out.put("title", c.title);
    out.put("description", c.description);
    out.put("itemType", "feature");
    ObjectNode extent = out.putObject("extent");
    Envelope e = layer.extent();
    if (e != null) {
      ObjectNode spatial = extent.putObject("spatial");
      spatial.putArray("bbox").addArray().add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
      spatial.put("crs", CRS84);
    }
    if (layer.firstTime() != null) {
      ObjectNode temporal = extent.putObject("temporal");
      ArrayNode interval = temporal.putArray("interval").addArray().add(layer.firstTime().toString());
      if (layer.lastTime() == null) {
        interval.addNull(); // a feature's time is still open (17-069r4: null for an open end)
      } else {
        interval.add(layer.lastTime().toString());
      }
      temporal.put("trs", GREGORIAN);
    }
    ArrayNode links = out.putArray("links");
    String self = base + "/collections/" + c.id;
    links.add(link(self, "self", JSON_TYPE, c.title));
    links.add(link(self + "/items", "items", GEOJSON_TYPE, c.title + " (GeoJSON)"));
    return out;
  }

  private static OgcCollection collectionOf(Context ctx) {
    String id = ctx.pathParam("collectionId");
    return OgcCollection.byId(id).orElseThrow(() -> new ProblemException(404, "Not found",
        "there is no collection \"" + id + "\"; the collections are " + String.join(", ", OgcCollection.ids())));
  }

  private static void checkParams(Context ctx, Route route) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(route.queryParams());
    if (!unknown.isEmpty()) {
      throw new ProblemException(400, "Unknown query parameter", "this request does not take "
          + String.join(", ", unknown) + "; it takes " + (route.queryParams().isEmpty() ? "no parameters"
              : String.join(", ", new TreeSet<>(route.queryParams()))));
    }
  }

  /** True for HTML: {@code f=html} (where {@code htmlOffered}), or no f and an Accept header naming text/html. */
  private static boolean format(Context ctx, boolean htmlOffered) {
    String f = ItemsQuery.one(ctx.queryParamMap(), "f").orElse(null);
    if (f == null) {
      String accept = ctx.header("Accept");
      return htmlOffered && accept != null && accept.contains(HTML_TYPE);
    }
    if (f.equals("json")) {
      return false;
    }
    if (f.equals("html") && htmlOffered) {
      return true;
    }
    throw new ProblemException(400, "Unknown format", "f=" + f + " is not offered here; give f=json"
        + (htmlOffered ? " or f=html" : ""));
  }

  /** The absolute URL of the API, from the request's Host header. */
  private static String base(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !HOST.matcher(host).matches()) {
      throw new ProblemException(400, "Bad Host header", "the Host header " + (host == null ? "is missing"
          : "\"" + host + "\" is not a host name or address with an optional port"));
    }
    return ctx.scheme() + "://" + host + BASE;
  }

  private static String pageUrl(String itemsUrl, Context ctx, int limit, long offset) {
    StringBuilder url = new StringBuilder(itemsUrl);
    for (String name : List.of("bbox", "datetime")) {
      String value = ctx.queryParam(name);
      if (value != null) {
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(encode(value));
      }
    }
    url.append(url.indexOf("?") < 0 ? '?' : '&').append("limit=").append(limit);
    if (offset > 0) {
      url.append("&offset=").append(offset);
    }
    return url.toString();
  }

  /** Percent-encoded for a URL, leaving the , / : that bbox and datetime values hold readable (RFC 3986 allows them). */
  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",").replace("%2F", "/")
        .replace("%3A", ":");
  }

  private static ObjectNode link(String href, String rel, String type, String title) {
    ObjectNode l = JSON.createObjectNode();
    l.put("href", href);
    l.put("rel", rel);
    l.put("type", type);
    l.put("title", title);
    return l;
  }

  private static void send(Context ctx, String type, Object body) throws Exception {
    ctx.contentType(type).result(JSON.writeValueAsBytes(body));
  }
}
