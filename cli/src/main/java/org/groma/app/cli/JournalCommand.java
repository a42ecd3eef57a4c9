package org.groma.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.groma.app.BadInputException;
import org.groma.app.JsonInput;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.CommissionState;
import org.groma.app.commission.EventCodec;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.StateView;
import org.groma.app.store.StoredEntry;
import org.groma.journal.entry.EntryCodec;
import org.groma.journal.entry.SignedEntry;
import org.groma.journal.note.SignedNote;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@picocli.CommandLine.Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"The commission's signed journal in its store (one GeoPackage file per commission).",
        "Every command verifies the whole file before it reads or writes (groma verify reports why it fails)."},
    subcommands = {JournalCommand.Init.class, JournalCommand.Append.class, JournalCommand.Show.class,
        JournalCommand.Layers.class,
        JournalCommand.CheckpointCmd.class, JournalCommand.Cosign.class})
final class JournalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The act's time: given, or now (whole milliseconds, as the journal records them). */
  static final class ActTime {
    @Option(names = "--time", paramLabel = "ISO",
        description = "The act's time, e.g. 2024-05-15T10:00:00Z (default: now). Never before the last entry's.")
    String time;

    Instant resolve() {
      if (time == null) {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
      }
      return instant("--time", time);
    }
  }

  static Instant instant(String option, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " '" + text + "' is not an ISO 8601 UTC time such as"
          + " 2024-05-15T10:00:00Z");
    }
  }

  static JsonNode readJson(Path file, String what) {
    try {
      byte[] bytes = "-".equals(file.toString()) ? System.in.readAllBytes() : Files.readAllBytes(file);
      JsonNode node = JsonInput.read(bytes, what + " " + file);
      if (node == null || !node.isObject()) {
        throw new BadInputException(what + " " + file + " must hold one JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void printAct(PrintWriter out, boolean json, Act act) {
    if (json) {
      Output.json(out, new ActView(act.seq(), act.time().toString(), act.event().type(), act.author().party().code(),
          act.author().member(), act.author().keyId(), act.entryHash()));
    } else {
      out.printf("appended entry %d: %s by %s at %s%n  entry hash %s%n", act.seq(), act.event().type(),
          act.author().describe(), act.time(), act.entryHash());
      out.flush();
    }
  }

  record ActView(long seq, String time, String type, String party, String member, String keyId, String entryHash) {}

  @picocli.CommandLine.Command(name = "init", mixinStandardHelpOptions = true,
      description = {"Creates a commission's store with its genesis entry, signed by a founding member.",
          "The genesis body (parties, mediator, founding members and keys, log operator, witnesses, datum"
              + " transformation, tolerances) is a JSON file; see docs/journal-node.md."})
  static final class Init implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin ActTime time;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new store (.gpkg); must not exist.")
    Path file;

    @Option(names = "--genesis", required = true, paramLabel = "JSON", description = "The genesis body.")
    Path genesis;

    @Option(names = "--origin", paramLabel = "ORIGIN",
        description = "The log's origin, named in every entry and checkpoint (default: groma/<commissionId>).")
    String origin;

    @Option(names = "--json", description = "Print the genesis entry as JSON.")
    boolean json;

    @Override
    public void run() {
      CommissionEvent event = EventCodec.decode("genesis", readJson(genesis, "genesis"));
      CommissionEvent.Genesis g = (CommissionEvent.Genesis) event;
      Signer.Unlocked key = signer.unlock();
      String o = origin != null ? origin : "groma/" + g.commissionId();
      try (CommissionNode node = CommissionNode.create(file, o, new org.groma.app.commission.Command(key.actor(), time.resolve(), g),
          key.key())) {
        printAct(spec.commandLine().getOut(), json, node.act(0));
      }
    }
  }

  @picocli.CommandLine.Command(name = "append", mixinStandardHelpOptions = true,
      description = {"Appends one act: the rules decide it against the verified journal, the member's key signs"
          + " it, and it is stored durably. A refused act changes nothing (exit 3, with the reason).",
          "Types: " + "member-added, key-rotated, key-revoked, sitting-opened, sitting-closed, source-registered,"
              + " line-proposed, proposal-withdrawn, note, decision-drafted, decision-endorsed."})
  static final class Append implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin ActTime time;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "The entry type.")
    String type;

    @Option(names = "--body", required = true, paramLabel = "JSON",
        description = "The entry body as a JSON file ('-' for standard input).")
    Path body;

    @Option(names = "--json", description = "Print the appended entry as JSON.")
    boolean json;

    @Option(names = "--quote-hashes", description = {"Fill in the hashes a draft (proposalHash, geometryHash),"
        + " an endorsement (draftHash, geometryHash), a withdrawal (proposalHash), a map sheet (sourceHash), a"
        + " pillar protocol signature (protocolHash), an inspection act signature (inspectionHash) or a regulations"
        + " signature (regulationsHash)"
        + " must quote, from the"
        + " verified journal, and print each one on standard error. Without it they must be in the body"
        + " (groma journal show --json lists them)."})
    boolean quoteHashes;

    @Override
    public void run() {
      JsonNode raw = readJson(body, "body");
      Signer.Unlocked key = signer.unlock();
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        if (quoteHashes) {
          raw = QuotedHashes.fill(type, raw, node.state(), spec.commandLine().getErr());
        }
        CommissionEvent event = EventCodec.decode(type, raw);
        Act act = node.submit(new org.groma.app.commission.Command(key.actor(), time.resolve(), event), key.key());
        printAct(spec.commandLine().getOut(), json, act);
      }
    }
  }

  @picocli.CommandLine.Command(name = "layers", mixinStandardHelpOptions = true,
      description = {"Rewrites the store's projection layers (sections, segments, proposals, decisions: what QGIS",
          "and GDAL draw) from the verified journal, e.g. after groma verify reports that a layer does not show",
          "what the journal gives. The journal itself is not changed."})
  static final class Layers implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Override
    public void run() {
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        node.rebuildLayers();
        spec.commandLine().getOut().printf("%s: layers rewritten from the journal's %d entries%n", file, node.size());
      }
    }
  }

  /** --at SEQ or --at-time ISO, not both. */
  static final class AsOf {
    @Option(names = "--at", paramLabel = "SEQ", description = "The state just after entry SEQ.")
    Long seq;

    @Option(names = "--at-time", paramLabel = "ISO",
        description = "The state after every entry dated at or before this time, e.g. 2024-05-15T23:59:59Z.")
    String time;
  }

  @picocli.CommandLine.Command(name = "show", mixinStandardHelpOptions = true,
      description = "Shows the commission's state (now, or as of an entry or a date) and the journal's entries.")
  static final class Show implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @ArgGroup(exclusive = true)
    AsOf asOf;

    @Option(names = "--entries", description = "Also list the entries up to that point.")
    boolean entries;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        CommissionState s = asOf == null ? node.state()
            : asOf.seq != null ? node.stateAt(asOf.seq) : node.stateAt(instant("--at-time", asOf.time));
        long upTo = s.founded() ? s.lastSeq() + 1 : 0;
        List<ActView> list = new ArrayList<>();
        if (entries) {
          try (Stream<StoredEntry> stored = node.entries(0, upTo)) {
            stored.forEach(e -> {
              SignedEntry se = EntryCodec.decode(e.entry());
              list.add(new ActView(e.seq(), se.entry().timeText(), se.entry().type(),
                  se.entry().author().party().code(), se.entry().author().member(), se.entry().author().keyId(),
                  se.hash().hex()));
            });
          }
        }
        List<String> checkpoints = node.checkpoints().stream().map(SignedNote::format).toList();
        JournalView view = new JournalView(node.origin(), node.size(), node.root().hex(), upTo,
            StateView.of(s), checkpoints, entries ? list : null);
        if (json) {
          Output.json(out, view);
        } else {
          printText(out, view);
        }
      }
    }

    private static void printText(PrintWriter out, JournalView v) {
      StateView s = v.state();
      out.printf("journal %s: %d entries, root %s%n", v.origin(), v.size(), v.root());
      out.printf("state as of entry %d (%s)%n", s.lastSeq(), s.lastTime());
      out.printf("commission %s (%s), datum transformation %s%n", s.commissionName(), s.commissionId(),
          s.datumTransformation());
      s.members().forEach(m -> out.printf("  member %s (%s): %s%n", m.name(), m.party(), String.join(", ", m.roles())));
      s.keys().forEach(k -> out.printf("  key %s of %s (%s): %s%n", k.keyId(), k.member(), k.party(), k.status()));
      s.sittings().forEach(t -> out.printf("  sitting %s \"%s\": %s%n", t.sittingId(), t.title(),
          t.open() ? "open" : "closed"));
      s.sources().forEach(r -> {
        out.printf("  source %s \"%s\" sha256 %s%n", r.sourceId(), r.title(), r.sha256());
        if (r.mapSheet() != null) {
          var m = r.mapSheet();
          out.printf("    map sheet %s, edition %d, survey %d, issued by %s, scanned at %d dpi, supplied by party %s%n",
              m.sheet(), m.editionYear(), m.surveyYear(), m.issuer(), m.scanDpi(), m.suppliedBy());
        }
      });
      s.proposals().forEach(p -> out.printf("  proposal %s for %s by party %s, %d points%s%n", p.proposalId(),
          p.sectionId(), p.party(), p.points(), p.withdrawn() ? " (withdrawn)" : ""));
      s.notes().forEach(n -> out.printf("  note %s by %s%n", n.noteId(), n.author()));
      s.decisions().forEach(d -> out.printf("  decision %s on %s adopts %s (line geometry %s): endorsed by %s%s%n",
          d.decisionId(), d.sectionId(), d.proposalId(), d.geometryHash(),
          d.endorsedBy().isEmpty() ? "nobody" : String.join(" and ", d.endorsedBy()),
          d.inForce() ? ", IN FORCE since entry " + d.inForceSeq() + " (" + d.inForceTime() + ")" : ", not in force"));
      s.sections().forEach(c -> out.printf("  section %s: %s%n", c.sectionId(), c.status()));
      out.printf("checkpoints: %d%n", v.checkpoints().size());
      if (v.entries() != null) {
        v.entries().forEach(e -> out.printf("  %5d  %s  %-18s %s (%s)%n", e.seq(), e.time(), e.type(), e.member(),
            e.party()));
      }
      out.flush();
    }
  }

  record JournalView(String origin, long size, String root, long stateSize, StateView state,
      List<String> checkpoints, List<ActView> entries) {}

  @picocli.CommandLine.Command(name = "checkpoint", mixinStandardHelpOptions = true,
      description = "Signs, as the log operator named in the genesis, a checkpoint of the journal as it is now.")
  static final class CheckpointCmd implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Override
    public void run() {
      Signer.Unlocked key = signer.unlock();
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        spec.commandLine().getOut().print(node.signCheckpoint(key.key()).format());
        spec.commandLine().getOut().flush();
      }
    }
  }

  @picocli.CommandLine.Command(name = "cosign", mixinStandardHelpOptions = true,
      description = {"Cosigns, as a witness named in the genesis, the latest checkpoint, after checking it",
          "against the verified journal and the last checkpoint this witness cosigned."})
  static final class Cosign implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;

    @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store.")
    Path file;

    @Option(names = "--witness", paramLabel = "NAME",
        description = "The witness's name in the genesis (default: the key's member name).")
    String witness;

    @Override
    public void run() {
      Signer.Unlocked key = signer.unlock();
      String name = witness != null ? witness : key.record().member();
      try (CommissionNode node = CommissionNode.open(file, CommissionNode.Options.full())) {
        spec.commandLine().getOut().print(node.cosign(name, key.key(), Clock.systemUTC()).format());
        spec.commandLine().getOut().flush();
      }
    }
  }
}
