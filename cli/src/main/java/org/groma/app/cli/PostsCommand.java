package org.groma.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.groma.app.BadInputException;
import org.groma.app.commission.Act;
import org.groma.app.commission.CommissionEvent;
import org.groma.app.commission.PatrolEvent.PostEstablished;
import org.groma.app.commission.PatrolEvent.PostKind;
import org.groma.app.commission.PatrolEvent.PostStatus;
import org.groma.app.commission.PatrolEvent.PostStatusChanged;
import org.groma.app.commission.PatrolRegister.Post;
import org.groma.app.node.CommissionNode;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@picocli.CommandLine.Command(
    name = "posts",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Observation posts and checkpoints along the line, as signed acts of the party (or the",
        "monitoring mission) that runs them. See docs/patrols.md."},
    subcommands = {PostsCommand.Add.class, PostsCommand.Status.class, PostsCommand.ListPosts.class})
final class PostsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Appends {@code event} signed by the signer's key; a refusal changes nothing (exit 3, with the reason). */
  static Act append(Path store, Signer signer, JournalCommand.ActTime time, CommissionEvent event) {
    Signer.Unlocked key = signer.unlock();
    try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
      return node.submit(new org.groma.app.commission.Command(key.actor(), time.resolve(), event), key.key());
    }
  }

  @picocli.CommandLine.Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Establishes a post (active from this act) for the signer's party: a point with the section",
          "it watches and its sector. Latitude and longitude are WGS 84 decimal degrees, kept exactly (at most",
          "nine decimals)."})
  static final class Add implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin JournalCommand.ActTime time;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The post's id, e.g. OP-1.")
    String id;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "observation-post or checkpoint.")
    String kind;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The post's name.")
    String name;

    @Option(names = "--lat", required = true, paramLabel = "DEG", description = "Latitude, decimal degrees.")
    String lat;

    @Option(names = "--lon", required = true, paramLabel = "DEG", description = "Longitude, decimal degrees.")
    String lon;

    @Option(names = "--section", required = true, paramLabel = "ID", description = "The section it watches.")
    String section;

    @Option(names = "--sector", required = true, paramLabel = "TEXT",
        description = "The stretch or area it is responsible for.")
    String sector;

    @Option(names = "--json", description = "Print the appended entry as JSON.")
    boolean json;

    @Override
    public void run() {
      CanonicalPoint location;
      try {
        location = new CanonicalPoint(CanonicalPoint.parseNanodeg(lon), CanonicalPoint.parseNanodeg(lat));
      } catch (GeoInputException e) {
        throw new BadInputException("--lat " + lat + " --lon " + lon + ": " + e.getMessage());
      }
      PostEstablished event = new PostEstablished(id, PostKind.ofCode(kind), name, location, section, sector);
      JournalCommand.printAct(spec.commandLine().getOut(), json, append(store, signer, time, event));
    }
  }

  @picocli.CommandLine.Command(name = "status", mixinStandardHelpOptions = true,
      description = {"Sets a post of the signer's party active, suspended or closed (a closed post stays closed),",
          "quoting the entry hash of the act that established it."})
  static final class Status implements Runnable {
    @Spec CommandSpec spec;
    @Mixin Signer signer;
    @Mixin JournalCommand.ActTime time;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The post's id.")
    String id;

    @Option(names = "--status", required = true, paramLabel = "STATUS", description = "active, suspended or closed.")
    String status;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Option(names = "--json", description = "Print the appended entry as JSON.")
    boolean json;

    @Override
    public void run() {
      PostStatus s = PostStatus.ofCode(status);
      String postHash;
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        postHash = node.state().patrols().post(id).map(Post::entryHash)
            .orElseThrow(() -> new BadInputException("no post " + id + " in " + store));
      }
      JournalCommand.printAct(spec.commandLine().getOut(), json,
          append(store, signer, time, new PostStatusChanged(id, s, reason, postHash)));
    }
  }

  @picocli.CommandLine.Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the posts with their party, section, sector, status and the entry hash a status change quotes.")
  static final class ListPosts implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "The commission's store.")
    Path store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
      List<Post> posts;
      try (CommissionNode node = CommissionNode.open(store, CommissionNode.Options.full())) {
        posts = node.state().patrols().posts();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Post p : posts) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("postId", p.postId());
          v.put("kind", p.post().kind().code());
          v.put("name", p.post().name());
          v.put("party", p.party().code());
          v.put("lat", p.post().location().latText());
          v.put("lon", p.post().location().lonText());
          v.put("sectionId", p.post().sectionId());
          v.put("sector", p.post().sector());
          v.put("status", p.status().code());
          v.put("statusSince", p.statusTime().toString());
          v.put("statusReason", p.statusReason());
          v.put("establishedSeq", p.seq());
          v.put("establishedAt", p.time().toString());
          v.put("entryHash", p.entryHash());
          list.add(v);
        }
        Output.json(out, list);
        return;
      }
      if (posts.isEmpty()) {
        out.println("no posts");
      }
      for (Post p : posts) {
        out.printf("%s  %s \"%s\" of %s at lat %s, lon %s, section %s (%s): %s since %s%n  established at seq %d,"
            + " entry hash %s%n", p.postId(), p.post().kind().code(), p.post().name(), p.party().code(),
            p.post().location().latText(), p.post().location().lonText(), p.post().sectionId(), p.post().sector(),
            p.status().code(), p.statusTime(), p.seq(), p.entryHash());
      }
      out.flush();
    }
  }
}
