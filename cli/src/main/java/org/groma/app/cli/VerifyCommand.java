package org.groma.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.EntryInclusion;
import org.groma.app.node.VerifyReport;
import org.groma.journal.JournalFormatException;
import org.groma.journal.log.MerkleHash;
import org.groma.journal.note.Checkpoint;
import org.groma.journal.note.SignedNote;
import org.groma.journal.verify.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Verifies a commission's store from scratch, trusting nothing in it but its genesis: the file",
        "(GeoPackage, schema, SQLite integrity, row digests), every entry's hash, canonical form, order,",
        "signature and commitment to the log before it, every act against the commission's rules, every",
        "checkpoint's operator signature and Merkle root, every cosignature. Then reports finality: the genesis",
        "hash, the latest checkpoint and who cosigned it, the witnesses whose cosignatures make a decision",
        "final, and each decision in force and final or not.",
        "Exit 0 when all holds; 1 when an entry or checkpoint fails (naming the first), when the genesis is not",
        "--expect-genesis, when the store does not extend --trusted-checkpoint, or with --require-final when a",
        "decision in force is not final, or with --entry when that entry is not in the journal or not included under",
        "the checkpoint (--checkpoint, else the strongest stored one) with a witness's cosignature; 3 when",
        "--trusted-checkpoint cannot be read as a checkpoint or --entry/--checkpoint are malformed.",
        "Progress goes to standard error every 10 000 entries. Nothing is written."})
final class VerifyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store (.gpkg).")
  Path file;

  @Option(names = "--json", description = "Print the report as JSON (see docs/cli.md).")
  boolean json;

  @Mixin QuietOption quiet;

  @Option(names = "--expect-genesis", paramLabel = "HASH",
      description = "The genesis hash (64 hex digits) of the commission you mean; another one fails.")
  String expectGenesis;

  @Option(names = "--trusted-checkpoint", paramLabel = "FILE",
      description = {"A checkpoint note you kept (as printed by groma journal checkpoint / cosign): the store",
          "must hold it and extend it, so truncation and rewrites below its size fail."})
  Path trustedCheckpoint;

  @Option(names = "--require-final", description = "Exit 1 when a decision in force is not yet final.")
  boolean requireFinal;

  @Option(names = "--entry", paramLabel = "HASH",
      description = {"Also prove that the entry of this hash (64 hex digits, as a printed document's footer names",
          "it) is in the journal and included under a cosigned checkpoint (an RFC 9162 inclusion proof)."})
  String entry;

  @Option(names = "--checkpoint", paramLabel = "SIZE:ROOT",
      description = {"With --entry: the checkpoint the document names (size and root, as its footer prints",
          "them); by default the stored checkpoint with the most cosigners that includes the entry."})
  String checkpointRef;

  @Option(names = "--max-skew", paramLabel = "SECONDS", defaultValue = "300",
      description = "How far after this machine's clock an entry may be dated (default: ${DEFAULT-VALUE}).")
  long maxSkewSeconds;

  /** The JSON report; {@code firstError} only when not ok, {@code root} only when ok. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(boolean ok, long entries, String root, Error firstError, String genesisHash,
      CheckpointView checkpoint, List<String> requiredCosigners, List<DecisionView> decisions,
      long legacyEntries, List<String> problems, String readFrom, EntryView entry) {}

  /** What --entry proved: the entry's place and the cosigned checkpoint that includes it (null when not). */
  record EntryView(boolean ok, String hash, Long seq, Long checkpointSize, String checkpointRoot,
      List<String> cosigners, String reason) {}

  record Error(long seq, String reason) {}

  record CheckpointView(long size, String root, List<String> cosigners) {}

  record DecisionView(String id, boolean inForce, Long inForceSeq, @JsonProperty("final") boolean isFinal,
      Long finalUnderSize) {}

  /** The clock the skew is measured from; tests set it. */
  static Clock clock = Clock.systemUTC();

  @Override
  public void run() {
    if (maxSkewSeconds < 0) {
      throw new BadInputException("--max-skew " + maxSkewSeconds + " is negative");
    }
    if (expectGenesis != null && !expectGenesis.matches("[0-9a-fA-F]{64}")) {
      throw new BadInputException("--expect-genesis \"" + expectGenesis + "\" is not 64 hex digits");
    }
    Optional<SignedNote> kept = Optional.ofNullable(trustedCheckpoint).map(VerifyCommand::readCheckpoint);
    Optional<EntryInclusion.Collector> collector = Optional.ofNullable(entry).map(VerifyCommand::entryHash)
        .map(EntryInclusion.Collector::new);
    Optional<EntryInclusion.CheckpointRef> under = Optional.ofNullable(checkpointRef).map(VerifyCommand::checkpointRef);
    if (under.isPresent() && collector.isEmpty()) {
      throw new BadInputException("--checkpoint " + checkpointRef + " names the checkpoint of an --entry; give"
          + " --entry HASH too");
    }
    Instant notAfter = clock.instant().plus(Duration.ofSeconds(maxSkewSeconds));
    VerifyReport report;
    try (Progress progress = quiet.counting("verify", "entries", -1)) {
      report = collector.isPresent()
          ? CommissionNode.audit(file, progress.absolute(), kept, Optional.of(notAfter), collector.get())
          : CommissionNode.audit(file, progress.absolute(), kept, Optional.of(notAfter));
    }
    VerificationResult r = report.result();
    List<String> problems = new ArrayList<>(report.problems());
    if (expectGenesis != null && report.genesisHash() != null
        && !expectGenesis.equalsIgnoreCase(report.genesisHash())) {
      problems.add("the genesis hash is " + report.genesisHash() + ", not the expected " + expectGenesis.toLowerCase());
    }
    if (requireFinal && r.ok()) {
      report.decisions().stream().filter(d -> d.inForce() && !d.isFinal()).forEach(d -> problems.add("decision "
          + d.id() + " is in force (entry " + d.inForceSeq() + ") but not final: no checkpoint cosigned by "
          + String.join(" and ", report.requiredCosigners()) + " covers it"));
    }
    Optional<EntryInclusion> inclusion = collector.map(c -> EntryInclusion.check(report, c, under));
    inclusion.filter(i -> !i.ok() && r.ok()).ifPresent(i -> problems.add("entry " + i.entryHash() + ": "
        + i.reason()));
    Result result = new Result(r.ok() && problems.isEmpty(), r.entries(), r.ok() ? r.root().hex() : null,
        r.firstError().map(e -> new Error(e.seq(), e.reason())).orElse(null), report.genesisHash(),
        report.checkpoint().map(c -> new CheckpointView(c.size(), c.root().hex(), c.cosigners())).orElse(null),
        report.requiredCosigners(), report.decisions().stream().map(d -> new DecisionView(d.id(), d.inForce(),
            d.inForceSeq(), d.isFinal(), d.finalUnderSize())).toList(), report.legacyEntries(), problems,
        report.readFrom().orElse(null), inclusion.map(i -> new EntryView(i.ok(), i.entryHash(), i.seq(),
            i.checkpointSize(), i.checkpointRoot(), i.cosigners(), i.reason())).orElse(null));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, result);
    } else {
      printText(out, report, problems);
      inclusion.filter(EntryInclusion::ok).ifPresent(i -> out.printf("  entry %s: entry %d of the journal, included"
          + " under checkpoint %d:%s, cosigned by %s%n", i.entryHash(), i.seq(), i.checkpointSize(),
          i.checkpointRoot(), String.join(" and ", i.cosigners())));
    }
    out.flush();
    if (!result.ok()) {
      throw new CheckFailedException(file + (r.ok() ? ": " + problems.get(0) : " does not verify"));
    }
  }

  private void printText(PrintWriter out, VerifyReport report, List<String> problems) {
    VerificationResult r = report.result();
    if (r.ok()) {
      out.printf("%s: verified: %d entries, root %s%n", file, r.entries(), r.root().hex());
    } else {
      out.printf("%s: DOES NOT VERIFY: entry %d: %s (%d entries verified before it)%n", file,
          r.firstError().orElseThrow().seq(), r.firstError().orElseThrow().reason(), r.entries());
    }
    report.readFrom().ifPresent(how -> out.printf("  %s%n", how));
    if (report.genesisHash() != null) {
      out.printf("  genesis %s%n", report.genesisHash());
    }
    if (report.legacyEntries() > 0) {
      out.printf("  WEAKER GUARANTEE: entries 0 to %d are of entry format 1 and commit to no history: a holder"
          + " of their authors' keys could rewrite them unless a checkpoint you kept covers them%n",
          report.legacyEntries() - 1);
    }
    out.printf("  finality needs a checkpoint cosigned by %s%n", String.join(" and ", report.requiredCosigners()));
    report.checkpoint().ifPresentOrElse(c -> out.printf("  latest checkpoint: size %d, root %s, cosigned by %s%n",
        c.size(), c.root().hex(), c.cosigners().isEmpty() ? "nobody" : String.join(" and ", c.cosigners())),
        () -> out.println("  no checkpoint: nothing is final"));
    for (VerifyReport.DecisionStatus d : report.decisions()) {
      out.printf("  decision %s: %s%n", d.id(), !d.inForce() ? "not in force"
          : d.isFinal() ? "in force since entry " + d.inForceSeq() + ", FINAL (checkpoint at size "
              + d.finalUnderSize() + ")"
          : "in force since entry " + d.inForceSeq() + ", NOT FINAL (no checkpoint both witnesses cosigned covers it)");
    }
    problems.forEach(p -> out.printf("  FAILS: %s%n", p));
  }

  private static MerkleHash entryHash(String hex) {
    if (!hex.matches("[0-9a-fA-F]{64}")) {
      throw new BadInputException("--entry \"" + hex + "\" is not an entry hash (64 hex digits)");
    }
    return MerkleHash.fromHex(hex.toLowerCase(java.util.Locale.ROOT));
  }

  private static EntryInclusion.CheckpointRef checkpointRef(String ref) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([1-9][0-9]{0,18}):([0-9a-fA-F]{64})").matcher(ref);
    if (!m.matches()) {
      throw new BadInputException("--checkpoint \"" + ref + "\" is not SIZE:ROOT (a positive size, a colon and 64"
          + " hex digits)");
    }
    long size;
    try {
      size = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new BadInputException("--checkpoint \"" + ref + "\": size " + m.group(1) + " is too large");
    }
    return new EntryInclusion.CheckpointRef(size, MerkleHash.fromHex(m.group(2).toLowerCase(java.util.Locale.ROOT)));
  }

  private static SignedNote readCheckpoint(Path path) {
    try {
      SignedNote note = SignedNote.parse(Files.readAllBytes(path));
      Checkpoint.parseBody(note.text());
      return note;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(path + ": cannot read the trusted checkpoint: " + e.getMessage(), e);
    } catch (JournalFormatException e) {
      throw new BadInputException(path + ": not a checkpoint note: " + e.getMessage());
    }
  }
}
