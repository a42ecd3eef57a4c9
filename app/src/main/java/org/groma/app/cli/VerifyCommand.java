package org.groma.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.groma.app.node.CommissionNode;
import org.groma.journal.verify.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Verifies a commission's store from scratch, trusting nothing in it but its genesis: the file",
        "(GeoPackage, schema, SQLite integrity, row digests), every entry's hash, canonical form, order and",
        "signature, every act against the commission's rules, every checkpoint's operator signature and Merkle",
        "root, every cosignature. Exit 0 when all hold, 1 naming the first entry that fails and why.",
        "Progress goes to standard error every 10 000 entries. Nothing is written."})
final class VerifyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The commission's store (.gpkg).")
  Path file;

  @Option(names = "--json", description = "Print {\"ok\", \"entries\", \"root\" | \"firstError\": {\"seq\", \"reason\"}}.")
  boolean json;

  /** The JSON result; {@code firstError} only when not ok, {@code root} only when ok. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(boolean ok, long entries, String root, Error firstError) {}

  record Error(long seq, String reason) {}

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    VerificationResult r = CommissionNode.verify(file, n -> {
      if (n > 0 && n % 10_000 == 0) {
        err.printf("groma verify: %d entries verified%n", n);
        err.flush();
      }
    });
    PrintWriter out = spec.commandLine().getOut();
    Result result = new Result(r.ok(), r.entries(), r.ok() ? r.root().hex() : null,
        r.firstError().map(e -> new Error(e.seq(), e.reason())).orElse(null));
    if (json) {
      Output.json(out, result);
    } else if (r.ok()) {
      out.printf("%s: verified: %d entries, root %s%n", file, r.entries(), r.root().hex());
    } else {
      out.printf("%s: DOES NOT VERIFY: entry %d: %s (%d entries verified before it)%n", file,
          r.firstError().orElseThrow().seq(), r.firstError().orElseThrow().reason(), r.entries());
    }
    out.flush();
    if (!r.ok()) {
      throw new CheckFailedException(file + " does not verify");
    }
  }
}
