package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The streaming pipeline of {@code groma geo transform} gives the bytes the one-thread reader gave before it,
 * whatever the chunk size and the number of workers; and it reports the same first error. The expected
 * outputs are in {@code src/test/resources/transform/}, with the commands in its README.
 */
class TransformPipelineTest {

  private static final List<String[]> CASES = List.of(
      new String[] {"gk8_varied.csv", "gk8_varied.to4326.csv",
          "--from", "EPSG:28408", "--to", "EPSG:4326", "--transformation", "EPSG:15865"},
      new String[] {"wgs84_varied.csv", "wgs84_varied.to28408.csv",
          "--from", "EPSG:4326", "--to", "EPSG:28408", "--transformation", "EPSG:1808"},
      new String[] {"wgs84_varied.csv", "wgs84_varied.toUTM.csv", "--from", "EPSG:4326", "--to", "UTM"},
      new String[] {"wgs84_varied.csv", "wgs84_varied.epsg.to4326.csv",
          "--from", "EPSG:4326", "--to", "EPSG:4326", "--axis-order", "epsg"});

  @Test
  void one_thread_and_many_give_the_bytes_of_the_reader_before_the_pipeline() throws Exception {
    for (String[] c : CASES) {
      String expected = resource(c[1]);
      String[] args = args(c);
      // One worker, one chunk for the whole file: the single-threaded path.
      Cli single = Cli.run(setup(1 << 24, 1), args);
      assertThat(single.exitCode()).as(single.err()).isZero();
      assertThat(single.out()).as(c[1] + ", one thread").isEqualTo(expected);
      // Tiny chunks (lines on every border, CRLF split across them) on more workers than cores.
      for (int chunk : new int[] {16, 37, 100, 4096}) {
        Cli many = Cli.run(setup(chunk, 4), args);
        assertThat(many.exitCode()).as(many.err()).isZero();
        assertThat(many.out()).as(c[1] + ", chunks of " + chunk + " bytes on 4 threads").isEqualTo(expected);
        assertThat(many.err()).isEqualTo(single.err());
      }
      assertThat(Cli.run(args).out()).as(c[1] + ", defaults").isEqualTo(expected);
    }
  }

  @Test
  void standard_input_gives_the_same_bytes_as_the_file() throws Exception {
    String[] c = CASES.get(0);
    String[] args = {"geo", "transform", c[2], c[3], c[4], c[5], c[6], c[7]};
    Cli r = Cli.runWithInput(resource(c[0]), setup(64, 3), args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(resource(c[1]));
  }

  @Test
  void a_bad_row_anywhere_is_reported_before_a_point_that_does_not_transform(@TempDir Path dir) throws Exception {
    // Row 2 is far outside zone 8 (a bad point), row 40 is not a number (a bad row): the bad row wins, as
    // when the whole file was read before any point was transformed.
    StringBuilder text = new StringBuilder("x,y\n10.0,40.2\n");
    for (int i = 3; i < 40; i++) {
      text.append("44.5,40.2\n");
    }
    text.append("44.5,4O.2\n44.5,40.2\n");
    Path in = Files.writeString(dir.resolve("in.csv"), text);
    for (int chunk : new int[] {16, 100, 1 << 20}) {
      Cli r = Cli.run(setup(chunk, 3), "geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408",
          "--transformation", "EPSG:15865", "--input", in.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
      assertThat(r.err()).as("chunks of " + chunk).contains("row 40: y is not a decimal number: \"4O.2\"")
          .doesNotContain("row 2");
      assertThat(r.out()).isEmpty();
    }
    // Without the bad row, the first point that does not transform is named by its line.
    Path noBadRow = Files.writeString(dir.resolve("points.csv"), text.toString().replace("4O.2", "40.2")
        + "10.0,40.2\n");
    Cli r = Cli.run(setup(16, 3), "geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408",
        "--transformation", "EPSG:15865", "--input", noBadRow.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(r.err()).contains("row 2: latitude 40.").contains("is outside the zone of EPSG:28408");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void a_missing_transformation_waits_for_the_rows_and_an_empty_input_writes_the_header_only(@TempDir Path dir)
      throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "44.5,40.2\n44.5,x\n");
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:28408", "--input", bad.toString());
    assertThat(r.err()).contains("row 2: y is not a decimal number: \"x\"")
        .doesNotContain("none is chosen silently");
    Path header = Files.writeString(dir.resolve("header.csv"), "\n# only a header\nlon,lat\n\n");
    Cli h = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", header.toString());
    assertThat(h.exitCode()).as(h.err()).isZero();
    assertThat(h.out()).isEqualTo("lon,lat" + System.lineSeparator());
    Cli utm = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "UTM", "--input", header.toString());
    assertThat(utm.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(utm.err()).contains("--to UTM chooses the zone from the first row, but there are no rows");
  }

  @Test
  void a_malformed_byte_in_a_file_is_an_io_error_naming_it(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("latin1.csv");
    Files.write(in, "44.5,40.2,Stra\u00dfe\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli r = Cli.run("geo", "transform", "--from", "EPSG:4326", "--to", "EPSG:32638", "--input", in.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.IO_ERROR.code());
    assertThat(r.err()).contains(in.toString());
    assertThat(r.out()).isEmpty();
  }

  private static Consumer<CommandLine> setup(int chunkBytes, int threads) {
    return cmd -> {
      TransformCommand t = Cli.command(cmd, "geo", "transform");
      t.chunkBytes = chunkBytes;
      t.threads = threads;
    };
  }

  private static String[] args(String[] c) throws Exception {
    String[] args = new String[c.length - 2 + 4];
    args[0] = "geo";
    args[1] = "transform";
    System.arraycopy(c, 2, args, 2, c.length - 2);
    args[args.length - 2] = "--input";
    args[args.length - 1] = path(c[0]).toString();
    return args;
  }

  private static Path path(String name) throws Exception {
    return Path.of(TransformPipelineTest.class.getResource("/transform/" + name).toURI());
  }

  static String resource(String name) throws Exception {
    return Files.readString(path(name));
  }
}
