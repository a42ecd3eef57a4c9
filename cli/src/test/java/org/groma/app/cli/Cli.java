package org.groma.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the {@code groma} command line in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

  /** {@code args} followed by the signer's options: --as MEMBER --keystore FILE --passphrase-file FILE. */
  static String[] signed(java.nio.file.Path keystore, java.nio.file.Path passphrase, String member, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 6);
    all[args.length] = "--as";
    all[args.length + 1] = member;
    all[args.length + 2] = "--keystore";
    all[args.length + 3] = keystore.toString();
    all[args.length + 4] = "--passphrase-file";
    all[args.length + 5] = passphrase.toString();
    return all;
  }

  static Cli run(String... args) {
    return run(cmd -> {}, args);
  }

  /** Runs after {@code setup} has seen the configured command line (to reach a subcommand's object). */
  static Cli run(Consumer<CommandLine> setup, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    setup.accept(cmd);
    int code = cmd.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input (UTF-8). */
  static Cli runWithInput(String stdin, String... args) {
    return runWithInput(stdin, cmd -> {}, args);
  }

  static synchronized Cli runWithInput(String stdin, Consumer<CommandLine> setup, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(setup, args);
    } finally {
      System.setIn(saved);
    }
  }

  /** The object of a subcommand, e.g. {@code command(cmd, "geo", "inverse")}. */
  @SuppressWarnings("unchecked")
  static <T> T command(CommandLine cmd, String... path) {
    CommandLine c = cmd;
    for (String name : path) {
      c = c.getSubcommands().get(name);
    }
    return (T) c.getCommand();
  }
}
