package org.groma.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Outside reference tools the tests call (ogrinfo, validate_gpkg.py): finding them and running them. */
public final class ExternalTool {

  private ExternalTool() {}

  /**
   * The executable {@code program} on the PATH. Without it the calling test is skipped with the reason
   * printed, except under {@code CI=true}, where it fails: CI installs {@code debianPackage} (.ci/run).
   */
  public static Path required(String program, String debianPackage) {
    Path found = onPath(program);
    if (found == null) {
      String reason = program + " (Debian " + debianPackage + ") is not on PATH";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(reason + " and CI=true: install " + debianPackage);
      }
      System.out.println("Skipping: " + reason);
      org.junit.jupiter.api.Assumptions.abort(reason);
    }
    return found;
  }

  /** The executable {@code program} on the PATH, or null. */
  public static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Runs {@code command}, asserts it exits 0 within two minutes, and returns what it printed (standard output
   * and error together). Loopback is exempt from any proxy the machine configures: the tests' servers are there.
   */
  public static String run(String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("NO_PROXY", "127.0.0.1,localhost");
    pb.environment().put("no_proxy", "127.0.0.1,localhost");
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }
}
