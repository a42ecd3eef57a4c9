package org.groma.app.commission;

import java.util.SortedMap;
import java.util.TreeMap;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.app.commission.TreatyEvent.Acceptance;
import org.groma.app.commission.TreatyEvent.ParagraphProposed;
import org.groma.app.commission.TreatyEvent.TreatyOpened;
import org.groma.app.commission.TreatyEvent.VersionAccepted;
import org.groma.app.commission.TreatyEvent.VersionInitialled;

/**
 * The entry bodies of the treaty's acts ({@link TreatyEvent}), read and written as {@link EventCodec} does the
 * others: every field always written, a map of languages as a JSON object keyed by language code, read
 * strictly (docs/commission.md lists the fields).
 */
final class TreatyCodec {

  private TreatyCodec() {}

  static BodyWriter write(TreatyOpened e) {
    return new BodyWriter().put("treatyId", e.treatyId()).put("titles", map(e.titles()));
  }

  static BodyWriter write(ParagraphProposed e) {
    return new BodyWriter().put("treatyId", e.treatyId()).put("article", (long) e.article())
        .put("paragraph", (long) e.paragraph()).put("versionId", e.versionId()).put("texts", map(e.texts()));
  }

  static BodyWriter write(VersionAccepted e) {
    return new BodyWriter().put("treatyId", e.treatyId()).put("versionId", e.versionId())
        .put("versionHash", e.versionHash()).put("textHashes", map(e.textHashes()))
        .put("acceptance", e.acceptance().code());
  }

  static BodyWriter write(VersionInitialled e) {
    return new BodyWriter().put("treatyId", e.treatyId()).put("versionId", e.versionId())
        .put("versionHash", e.versionHash()).put("textHashes", map(e.textHashes()));
  }

  static TreatyOpened readTreatyOpened(Obj o) {
    return new TreatyOpened(o.field("treatyId", "titles").string("treatyId"), map(o.obj("titles")));
  }

  static ParagraphProposed readParagraphProposed(Obj o) {
    return new ParagraphProposed(o.field("treatyId", "article", "paragraph", "versionId", "texts")
        .string("treatyId"), o.intValue("article"), o.intValue("paragraph"), o.string("versionId"),
        map(o.obj("texts")));
  }

  static VersionAccepted readVersionAccepted(Obj o) {
    o.field("treatyId", "versionId", "versionHash", "textHashes", "acceptance");
    Acceptance acceptance;
    try {
      acceptance = Acceptance.ofCode(o.string("acceptance"));
    } catch (org.groma.app.BadInputException e) {
      throw o.error("acceptance", e.getMessage());
    }
    return new VersionAccepted(o.string("treatyId"), o.string("versionId"), o.string("versionHash"),
        map(o.obj("textHashes")), acceptance);
  }

  static VersionInitialled readVersionInitialled(Obj o) {
    return new VersionInitialled(o.field("treatyId", "versionId", "versionHash", "textHashes").string("treatyId"),
        o.string("versionId"), o.string("versionHash"), map(o.obj("textHashes")));
  }

  private static BodyWriter map(SortedMap<String, String> m) {
    BodyWriter w = new BodyWriter();
    m.forEach(w::put);
    return w;
  }

  private static SortedMap<String, String> map(Obj o) {
    TreeMap<String, String> out = new TreeMap<>();
    for (String name : o.fieldNames()) {
      out.put(name, o.string(name));
    }
    return out;
  }
}
