package org.groma.app.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groma.app.BadInputException;
import org.groma.app.node.CommissionNode;
import org.groma.app.keys.NodeSigner;
import org.groma.app.server.sync.PeerSync;
import org.groma.app.server.sync.SyncSchedule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Sync options of {@code groma serve} (a mixin; docs/sync.md): which node is the log operator's, which
 * other nodes to pull from, and how often.
 */
final class SyncOptions {

  @Option(names = "--operator", paramLabel = "URL",
      description = {"The log operator's node (e.g. http://10.0.0.1:8080). This node pulls from it, cosigns as its",
          "party's witness, and hands it its acts to order. Not for the operator's own node."})
  URI operator;

  @Option(names = "--peer", paramLabel = "URL",
      description = "Another node to pull from and check checkpoints against (repeatable).")
  List<URI> peers = new ArrayList<>();

  @Option(names = "--sync-interval", defaultValue = "5s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Pause between sync rounds: 500ms, 5s, 2m, 1h or ISO 8601 (default ${DEFAULT-VALUE}).")
  Duration interval;

  /**
   * Starts syncing when a peer is given: with {@code --operator}, this node's acts are ordered by that node
   * from now on. Nothing is started when no peer is given.
   */
  Optional<SyncSchedule> start(CommissionNode node, NodeSigner signer, Clock clock) {
    List<PeerSync> all = new ArrayList<>();
    if (operator != null) {
      if (signer.keyWithPublic(node.trust().operator().key()).isPresent()) {
        throw new BadInputException("--operator: this node holds the log operator's key (\""
            + node.trust().operator().name() + "\"), so it orders its own acts; --operator is for the parties'"
            + " nodes");
      }
      PeerSync op = new PeerSync(node, signer, checked("--operator", operator), clock);
      node.orderBy(op);
      all.add(op);
    }
    for (URI p : peers) {
      all.add(new PeerSync(node, signer, checked("--peer", p), clock));
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(SyncSchedule.every(interval, all));
  }

  private static URI checked(String option, URI uri) {
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      throw new BadInputException(option + " " + uri + ": give the node's base URL, such as http://10.0.0.2:8080");
    }
    return uri;
  }

  /** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO 8601 ({@code PT5S}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value);
      Duration d;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
      } else {
        try {
          d = Duration.parse(value);
        } catch (DateTimeParseException e) {
          throw new TypeConversionException("\"" + value + "\" is not a duration such as 500ms, 5s, 2m, 1h or PT5S");
        }
      }
      if (d.isZero() || d.isNegative()) {
        throw new TypeConversionException("\"" + value + "\": the interval must be positive");
      }
      return d;
    }
  }
}
