package org.groma.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.PillarEvent.PillarSurveyed;
import org.groma.app.commission.PillarEvent.ReferenceMark;
import org.groma.app.commission.PillarRegister.Pillar;
import org.groma.app.commission.PillarRegister.Signature;
import org.groma.app.commission.PillarRegister.Version;
import org.groma.app.demarcation.PillarCatalogue;
import org.groma.app.demarcation.SurveyedPillar;
import org.groma.app.documents.Block;
import org.groma.app.documents.Document;
import org.groma.app.documents.JournalProofs;
import org.groma.app.documents.Language;
import org.groma.app.documents.PageFrame;
import org.groma.app.geojson.GeoJson;
import org.groma.app.node.CommissionNode;
import org.groma.geo.angle.DmsFormat;
import org.groma.geo.crs.TransformationRegistry;
import org.groma.journal.entry.Party;

/**
 * The demarcation annex documents (docs/demarcation.md, "Annex documents"), built from the verified register
 * as {@link Document}s the documents module renders: one protocol per pillar ("протокол пограничного знака"),
 * the protocol-description of the line ("протокол-описание прохождения линии границы") and the catalogue of
 * coordinates and heights ("каталог координат и высот"), in English or Russian; the catalogue also as CSV and
 * GeoJSON. Every part carries the journal proof of the entries it prints.
 */
final class PillarAnnex {

  private static final DmsFormat DMS = DmsFormat.dms(3);

  private final CommissionNode node;
  private final CommissionState state;
  private final PillarCatalogue catalogue;
  private final Map<String, PillarCatalogue.Row> rows = new LinkedHashMap<>();

  PillarAnnex(CommissionNode node) {
    this.node = node;
    this.state = node.state();
    this.catalogue = PillarCatalogue.of(inForce(), TransformationRegistry.lookup(
        state.genesis().orElseThrow().datumTransformation()));
    catalogue.rows().forEach(r -> rows.put(r.pillar().number().label(), r));
  }

  /** The pillars whose protocol is in force: what the annex documents print. */
  private List<SurveyedPillar> inForce() {
    return SurveyedPillar.of(state.pillars()).stream().filter(p -> p.source().endsWith("(in force)")).toList();
  }

  /** The pillar's protocol in force, or a refusal naming why it has none. */
  private Version protocol(Pillar p) {
    return p.protocolInForce().orElseThrow(() -> new org.groma.app.BadInputException("pillar " + p.number()
        + " has no protocol in force (" + p.status().code() + "): both parties sign it before it is printed"));
  }

  /** The protocols of {@code pillars} (all with a protocol in force when empty), one part each. */
  Document protocols(List<Pillar> pillars, Language lang, String section) {
    Document.Builder b = Document.builder(PageFrame.of(state.genesis().orElseThrow(), section, lang));
    for (Pillar p : pillars) {
      Version v = protocol(p);
      List<Long> seqs = new ArrayList<>(List.of(p.proposed().seq(), v.signed().seq()));
      v.signed().signatures().values().forEach(s -> seqs.add(s.seq()));
      b.part(JournalProofs.of(node, seqs));
      b.title(t(lang, "Protocol of boundary pillar No. ", "Протокол пограничного знака № ") + p.number().label());
      b.heading(t(lang, "The pillar", "Сведения о знаке"));
      b.keyValues(pillarRows(p, v, lang));
      b.heading(t(lang, "Survey", "Съёмка"));
      b.keyValues(surveyRows(p, v.survey(), lang));
      b.heading(t(lang, "Description", "Описание"));
      String text = v.survey().description().get(lang.code());
      v.survey().description().forEach((code, d) -> {
        if (text == null || code.equals(lang.code())) {
          b.paragraph(text == null ? code + ": " + d : d);
        }
      });
      b.heading(t(lang, "Signatures", "Подписи"));
      List<Block.Row> sig = new ArrayList<>();
      for (Party party : List.of(Party.A, Party.B)) {
        Signature s = v.signed().signatures().get(party);
        sig.add(new Block.Row(t(lang, "For ", "За ") + state.genesis().orElseThrow().partyName(party).name(),
            s.member() + ", " + s.time() + t(lang, ", entry ", ", запись ") + s.entryHash()));
      }
      sig.add(new Block.Row(t(lang, "Protocol (survey entry)", "Протокол (запись съёмки)"), v.signed().entryHash()));
      b.keyValues(sig);
    }
    return b.build();
  }

  private List<Block.Row> pillarRows(Pillar p, Version v, Language lang) {
    List<Block.Row> r = new ArrayList<>();
    r.add(row(lang, "Number", "Номер", p.number().label()));
    r.add(row(lang, "Section", "Участок", p.proposal().sectionId()));
    r.add(row(lang, "Type", "Тип", type(p.proposal().pillarType(), lang)));
    r.add(row(lang, "Name", "Наименование", Optional.ofNullable(p.proposal().name()).orElse("—")));
    r.add(row(lang, "Position", "Положение", p.proposal().offsetM() == null
        ? (p.proposal().turningPoint() == null ? t(lang, "on the line", "на линии границы")
            : t(lang, "on turning point ", "в поворотной точке ") + (p.proposal().turningPoint() + 1))
        : t(lang, "off the line by ", "в стороне от линии на ") + p.proposal().offsetM().toPlainString()
            + t(lang, " m", " м")));
    r.add(row(lang, "Status", "Состояние", status(p, lang)));
    r.add(row(lang, "Protocol version", "Версия протокола", Integer.toString(p.versions().indexOf(v) + 1)));
    r.add(row(lang, "Material", "Материал", v.survey().material()));
    r.add(row(lang, "Dimensions", "Размеры", v.survey().dimensions()));
    r.add(row(lang, "Face markings", "Надписи", v.survey().markings()));
    return r;
  }

  private List<Block.Row> surveyRows(Pillar p, PillarSurveyed s, Language lang) {
    List<Block.Row> r = new ArrayList<>();
    PillarCatalogue.Row c = rows.get(p.number().label());
    r.add(row(lang, "Latitude (WGS 84)", "Широта (WGS 84)", DMS.formatLatitude(c.latDeg()) + " ("
        + s.position().latText() + "°)"));
    r.add(row(lang, "Longitude (WGS 84)", "Долгота (WGS 84)", DMS.formatLongitude(c.lonDeg()) + " ("
        + s.position().lonText() + "°)"));
    r.add(row(lang, "Ellipsoidal height", "Эллипсоидальная высота", metres(s.ellipsoidalHeightMm(), lang)));
    r.add(row(lang, "Orthometric height", "Нормальная высота", s.orthometricHeightMm() == null ? "—"
        : metres(s.orthometricHeightMm(), lang) + " (" + s.heightSystem() + ")"));
    r.add(row(lang, "SK-42 Gauss–Krüger", "СК-42 Гаусса–Крюгера", c.sk42().map(g -> String.format(Locale.ROOT,
        "%s %s: X %.3f, Y %.3f", t(lang, "zone", "зона"), g.zone(), g.northingM(), g.eastingM()))
        .orElse(t(lang, "none: ", "нет: ") + c.sk42Note()) + " (" + catalogue.datumTransformation() + ")"));
    r.add(row(lang, "UTM", "UTM", String.format(Locale.ROOT, "%s: E %.3f, N %.3f", c.utm().zone(), c.utm().eastingM(),
        c.utm().northingM())));
    r.add(row(lang, "Survey method", "Метод съёмки", method(s, lang)));
    r.add(row(lang, "RMS error", "СКП", s.rmsMm() + t(lang, " mm", " мм")));
    r.add(row(lang, "Control points", "Исходные пункты", s.controlPoints().isEmpty() ? "—"
        : String.join(", ", s.controlPoints())));
    r.add(row(lang, "Observation date", "Дата наблюдений", s.observedOn()));
    r.add(row(lang, "To the previous pillar", "До предыдущего знака", leg(c.previous(), lang)));
    r.add(row(lang, "To the next pillar", "До следующего знака", leg(c.next(), lang)));
    r.add(row(lang, "Intervisibility", "Взаимная видимость", t(lang, "previous: ", "с предыдущим: ")
        + sight(s.visibleToPrevious(), lang) + t(lang, "; next: ", "; со следующим: ") + sight(s.visibleToNext(), lang)));
    List<String> marks = new ArrayList<>();
    for (ReferenceMark m : s.referenceMarks()) {
      marks.add(m.name() + ": " + t(lang, "bearing ", "азимут ") + m.bearingDeg().toPlainString() + "°, "
          + m.distanceM().toPlainString() + t(lang, " m", " м"));
    }
    r.add(row(lang, "Reference marks", "Ориентирные знаки", marks.isEmpty() ? "—" : String.join("\n", marks)));
    r.add(row(lang, "Photos and sketch (SHA-256)", "Фото и абрис (SHA-256)", s.photos().isEmpty() ? "—"
        : String.join("\n", s.photos())));
    return r;
  }

  /** The protocol-description of the line through the pillars in force of {@code sectionId}. */
  Document description(String sectionId, Language lang) {
    List<PillarCatalogue.Row> line = catalogue.rows().stream()
        .filter(r -> r.pillar().proposal().sectionId().equals(sectionId)).toList();
    Document.Builder b = Document.builder(PageFrame.of(state.genesis().orElseThrow(), sectionId, lang));
    b.part(JournalProofs.of(node, proofSeqs(line)));
    b.title(t(lang, "Protocol-description of the boundary line, section ",
        "Протокол-описание прохождения линии границы, участок ") + sectionId);
    b.paragraph(t(lang, "Positions in WGS 84; azimuths and distances along geodesics on the WGS 84 ellipsoid.",
        "Координаты в WGS 84; азимуты и расстояния по геодезическим линиям на эллипсоиде WGS 84."));
    for (PillarCatalogue.Row r : line) {
      SurveyedPillar p = r.pillar();
      b.heading(t(lang, "Pillar No. ", "Знак № ") + p.number().label());
      String d = p.survey().description().getOrDefault(lang.code(), String.join("\n",
          p.survey().description().values()));
      b.paragraph(d);
      r.next().ifPresent(l -> b.paragraph(String.format(Locale.ROOT, t(lang,
          "From pillar No. %s the line runs along the geodesic at azimuth %s for %s m to pillar No. %s.",
          "От знака № %s линия границы проходит по геодезической линии по азимуту %s на расстояние %s м до"
              + " знака № %s."), p.number().label(), azimuth(l.azimuthDeg()),
          String.format(Locale.ROOT, "%.3f", l.distanceM()), l.to())));
    }
    return b.build();
  }

  /** The catalogue of coordinates and heights of the pillars in force of {@code sectionId}. */
  Document catalogue(String sectionId, Language lang) {
    List<PillarCatalogue.Row> line = catalogue.rows().stream()
        .filter(r -> r.pillar().proposal().sectionId().equals(sectionId)).toList();
    Document.Builder b = Document.builder(PageFrame.of(state.genesis().orElseThrow(), sectionId, lang));
    b.part(JournalProofs.of(node, proofSeqs(line)));
    b.title(t(lang, "Catalogue of coordinates and heights, section ", "Каталог координат и высот, участок ")
        + sectionId);
    b.paragraph(t(lang, "WGS 84 latitude and longitude to 0.001″; SK-42 Gauss–Krüger by ",
        "Широта и долгота WGS 84 до 0,001″; СК-42 Гаусса–Крюгера по ") + catalogue.datumTransformation()
        + t(lang, "; UTM on WGS 84; heights in metres.", "; UTM на WGS 84; высоты в метрах."));
    for (PillarCatalogue.Row r : line) {
      PillarSurveyed s = r.pillar().survey();
      b.heading(t(lang, "Pillar No. ", "Знак № ") + r.pillar().number().label());
      b.keyValues(List.of(
          row(lang, "Latitude, longitude", "Широта, долгота", DMS.formatLatitude(r.latDeg()) + "  "
              + DMS.formatLongitude(r.lonDeg())),
          row(lang, "Heights", "Высоты", metres(s.ellipsoidalHeightMm(), lang) + t(lang, " ellipsoidal", " эллипс.")
              + (s.orthometricHeightMm() == null ? "" : "; " + metres(s.orthometricHeightMm(), lang) + " "
                  + s.heightSystem())),
          row(lang, "SK-42 X, Y", "СК-42 X, Y", r.sk42().map(g -> String.format(Locale.ROOT, "%.3f  %.3f (%s %s)",
              g.northingM(), g.eastingM(), t(lang, "zone", "зона"), g.zone())).orElse("—")),
          row(lang, "UTM E, N", "UTM E, N", String.format(Locale.ROOT, "%.3f  %.3f (%s)", r.utm().eastingM(),
              r.utm().northingM(), r.utm().zone())),
          row(lang, "To the next pillar", "До следующего знака", leg(r.next(), lang))));
    }
    return b.build();
  }

  /** The catalogue as CSV: one row per pillar in force, decimals as printed in the PDF and finer. */
  String catalogueCsv() {
    StringBuilder out = new StringBuilder("pillar,section_id,type,lat_deg,lon_deg,lat_dms,lon_dms,h_ell_m,h_orth_m,"
        + "height_system,sk42_crs,sk42_x_m,sk42_y_m,utm_crs,utm_e_m,utm_n_m,next_pillar,next_azimuth_deg,"
        + "next_distance_m,protocol_hash\n");
    for (PillarCatalogue.Row r : catalogue.rows()) {
      PillarSurveyed s = r.pillar().survey();
      String hash = state.pillars().pillar(r.pillar().number()).orElseThrow().protocolInForce().orElseThrow()
          .signed().entryHash();
      out.append(String.join(",", List.of(r.pillar().number().label(), r.pillar().proposal().sectionId(),
          r.pillar().proposal().pillarType(), s.position().latText(), s.position().lonText(),
          DMS.formatLatitude(r.latDeg()), DMS.formatLongitude(r.lonDeg()), mm(s.ellipsoidalHeightMm()),
          s.orthometricHeightMm() == null ? "" : mm(s.orthometricHeightMm()),
          s.heightSystem() == null ? "" : quote(s.heightSystem()),
          r.sk42().map(PillarCatalogue.Grid::crs).orElse(""),
          r.sk42().map(g -> fixed(g.northingM())).orElse(""), r.sk42().map(g -> fixed(g.eastingM())).orElse(""),
          r.utm().crs(), fixed(r.utm().eastingM()), fixed(r.utm().northingM()),
          r.next().map(PillarCatalogue.Leg::to).orElse(""),
          r.next().map(l -> String.format(Locale.ROOT, "%.9f", l.azimuthDeg())).orElse(""),
          r.next().map(l -> fixed(l.distanceM())).orElse(""), hash))).append('\n');
    }
    return out.toString();
  }

  /** The catalogue as GeoJSON: a point per pillar in force with the catalogue's values. */
  byte[] catalogueGeoJson() throws java.io.IOException {
    List<GeoJson.Feature> features = new ArrayList<>();
    for (PillarCatalogue.Row r : catalogue.rows()) {
      PillarSurveyed s = r.pillar().survey();
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("pillar", r.pillar().number().label());
      props.put("section_id", r.pillar().proposal().sectionId());
      props.put("type", r.pillar().proposal().pillarType());
      props.put("lat_dms", DMS.formatLatitude(r.latDeg()));
      props.put("lon_dms", DMS.formatLongitude(r.lonDeg()));
      props.put("h_ell_m", s.ellipsoidalHeightMm() / 1000.0);
      props.put("h_orth_m", s.orthometricHeightMm() == null ? null : s.orthometricHeightMm() / 1000.0);
      props.put("height_system", s.heightSystem());
      props.put("sk42", r.sk42().orElse(null));
      props.put("utm", r.utm());
      props.put("next", r.next().orElse(null));
      features.add(new GeoJson.Feature(r.pillar().number().label(), props, new GeoJson.Point(s.position()
          .toGeoPoint())));
    }
    return new ObjectMapper().writeValueAsBytes(new GeoJson.FeatureCollection(features));
  }

  private List<Long> proofSeqs(List<PillarCatalogue.Row> line) {
    List<Long> seqs = new ArrayList<>();
    for (PillarCatalogue.Row r : line) {
      Version v = state.pillars().pillar(r.pillar().number()).orElseThrow().protocolInForce().orElseThrow();
      seqs.add(v.signed().seq());
    }
    if (seqs.isEmpty()) {
      throw new org.groma.app.BadInputException("no pillar of this section has a protocol in force");
    }
    return seqs;
  }

  private static String t(Language lang, String en, String ru) {
    return lang == Language.RU ? ru : en;
  }

  private static Block.Row row(Language lang, String en, String ru, String value) {
    return new Block.Row(t(lang, en, ru), value);
  }

  private static String metres(long mm, Language lang) {
    return mm(mm) + t(lang, " m", " м");
  }

  private static String mm(long mm) {
    return java.math.BigDecimal.valueOf(mm, 3).toPlainString();
  }

  private static String fixed(double m) {
    return String.format(Locale.ROOT, "%.3f", m);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String azimuth(double deg) {
    // DMS to 0.001″ of an azimuth 0..360: written as a longitude-like angle without hemisphere
    double d = Math.floor(deg);
    double minutes = (deg - d) * 60;
    double m = Math.floor(minutes);
    double sec = (minutes - m) * 60;
    String text = String.format(Locale.ROOT, "%.3f", sec);
    if (text.equals("60.000")) {
      text = "0.000";
      m += 1;
      if (m == 60) {
        m = 0;
        d += 1;
      }
    }
    return String.format(Locale.ROOT, "%d°%02d′%s″", (long) d % 360, (long) m, text.length() < 6 ? "0" + text : text);
  }

  private static String leg(Optional<PillarCatalogue.Leg> leg, Language lang) {
    return leg.map(l -> t(lang, "No. ", "№ ") + l.to() + ": " + t(lang, "azimuth ", "азимут ") + azimuth(l.azimuthDeg())
        + ", " + fixed(l.distanceM()) + t(lang, " m", " м")).orElse("—");
  }

  private static String sight(String v, Language lang) {
    if (v == null) {
      return t(lang, "not observed", "не наблюдалась");
    }
    return v.equals("visible") ? t(lang, "visible", "есть") : t(lang, "blocked", "нет");
  }

  private static String method(PillarSurveyed s, Language lang) {
    String m = switch (s.method()) {
      case GNSS_STATIC -> t(lang, "GNSS static", "ГНСС, статика");
      case RTK -> "RTK";
      case TOTAL_STATION -> t(lang, "total station", "электронный тахеометр");
      case CARTOMETRIC -> t(lang, "cartometric", "картометрический");
    };
    return s.sessionMinutes() == null ? m : m + t(lang, ", session ", ", сеанс ") + s.sessionMinutes()
        + t(lang, " min", " мин");
  }

  private static String status(Pillar p, Language lang) {
    return switch (p.status()) {
      case PROPOSED -> t(lang, "proposed", "предложен");
      case SURVEYED -> t(lang, "surveyed", "снят");
      case IN_FORCE -> t(lang, "protocol in force", "протокол вступил в силу");
      case DAMAGED -> t(lang, "damaged", "повреждён") + " (" + p.condition().code() + ")";
      case REPLACED -> t(lang, "replaced, awaiting its protocol", "заменён, ожидает протокола");
    };
  }

  private static String type(String code, Language lang) {
    if (lang != Language.RU) {
      return code;
    }
    return switch (code) {
      case "main" -> "основной";
      case "intermediate" -> "промежуточный";
      case "river" -> "речной";
      case "tri-point" -> "стык границ трёх государств";
      case "transitional" -> "переходный";
      case "special" -> "специальный";
      case "reference" -> "ориентирный";
      case "temporary" -> "временный";
      default -> code;
    };
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
