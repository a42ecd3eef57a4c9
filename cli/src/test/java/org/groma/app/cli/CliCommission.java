package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the command-line tests that start from a commission: the members' keys made with {@code groma keys new}
 * in one keystore, and a genesis naming the two co-chairs, the mediator, the log operator and a witness per party.
 */
abstract class CliCommission {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Everyone a test commission's genesis names, with their party; monitors are added per test. */
  private static final String[][] MEMBERS = {{"Co-chair A", "A"}, {"Co-chair B", "B"}, {"Mediator", "M"},
      {"operator.test", "M"}, {"witness.a.test", "A"}, {"witness.b.test", "B"}};

  @TempDir Path dir;
  Path ks;
  Path pass;
  final Map<String, JsonNode> keys = new HashMap<>();

  static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exitCode()).as("groma %s\n%s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  String[] signed(String member, String... args) {
    return Cli.signed(ks, pass, member, args);
  }

  Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  String key(String name, String field) {
    return keys.get(name).get(field).asText();
  }

  /** Makes a key for every member and for each of {@code monitors} (of the mediator's side, party M). */
  void makeKeys(String... monitors) throws Exception {
    ks = dir.resolve("ks.json");
    pass = file("pass.txt", "a long enough passphrase\n");
    for (String[] m : MEMBERS) {
      makeKey(m[0], m[1]);
    }
    for (String monitor : monitors) {
      makeKey(monitor, "M");
    }
  }

  private void makeKey(String member, String party) throws Exception {
    keys.put(member, JSON.readTree(ok("keys", "new", "--member", member, "--party", party, "--keystore",
        ks.toString(), "--passphrase-file", pass.toString(), "--json").out()).get(0));
  }

  private String member(String name, String party, String roles) {
    return "{\"party\":\"" + party + "\",\"member\":\"" + name + "\",\"roles\":[" + roles + "],\"keyId\":\""
        + key(name, "keyId") + "\",\"publicKey\":\"" + key(name, "publicKey") + "\"}";
  }

  /** genesis.json for {@code commissionName}, with the fields in {@code more} (e.g. missions) after the rest. */
  Path genesis(String commissionName, String more) throws Exception {
    return file("genesis.json", "{\"commissionId\":\"test-commission\",\"commissionName\":\"" + commissionName
        + "\",\"partyA\":{\"code\":\"PA\",\"name\":\"Party A\"},\"partyB\":{\"code\":\"PB\",\"name\":\"Party B\"},"
        + "\"mediator\":{\"code\":\"MED\",\"name\":\"Mediator\"},\"members\":[" + member("Co-chair A", "A", "\"co-chair\"")
        + "," + member("Co-chair B", "B", "\"co-chair\"") + "," + member("Mediator", "M", "\"expert\",\"admin\"") + "],"
        + "\"logOperator\":{\"name\":\"operator.test\",\"publicKey\":\"" + key("operator.test", "publicKey") + "\"},"
        + "\"witnesses\":[{\"party\":\"A\",\"name\":\"witness.a.test\",\"publicKey\":\"" + key("witness.a.test", "publicKey")
        + "\"},{\"party\":\"B\",\"name\":\"witness.b.test\",\"publicKey\":\"" + key("witness.b.test", "publicKey") + "\"}],"
        + "\"datumTransformation\":\"EPSG:1267\",\"tolerances\":{\"agreeToleranceM\":\"0.05\"}" + more + "}");
  }

  /** The genesis field admitting mission MM-1 called {@code name} with {@code monitor} as its one member. */
  String mission(String name, String monitor) {
    return ",\"missions\":[{\"missionId\":\"MM-1\",\"name\":\"" + name + "\",\"members\":[{\"member\":\"" + monitor
        + "\",\"keyId\":\"" + key(monitor, "keyId") + "\",\"publicKey\":\"" + key(monitor, "publicKey") + "\"}]}]";
  }
}
