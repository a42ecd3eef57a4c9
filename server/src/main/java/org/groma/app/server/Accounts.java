package org.groma.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groma.app.AtomicFile;
import org.groma.app.BadInputException;
import org.groma.app.commission.Actor;
import org.groma.app.commission.Role;
import org.groma.journal.entry.Party;

/**
 * The accounts of one node, kept in a JSON file beside the store ({@code [{user, party, member, roles,
 * passwordHash}]}): who may sign in to this party's node. Accounts are the node's own business, not the
 * commission's record, so they are not in the journal.
 *
 * <h2>Thread safety</h2>
 * Safe; the file is read once and rewritten atomically on every change.
 */
public final class Accounts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern USER_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private final Path file;
  private final Map<String, Account> byUser = new LinkedHashMap<>();

  private Accounts(Path file) {
    this.file = file;
  }

  /** Reads the accounts file, or starts an empty one if it does not exist. */
  public static Accounts load(Path file) {
    Accounts a = new Accounts(file);
    if (Files.exists(file)) {
      try {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isArray()) {
          throw new BadInputException(file + ": accounts must be a JSON array");
        }
        for (int i = 0; i < root.size(); i++) {
          JsonNode n = root.get(i);
          String where = file + ": account " + i;
          List<Role> roles = new ArrayList<>();
          n.path("roles").forEach(r -> roles.add(Role.ofCode(r.asText())));
          String user = text(n, "user", where);
          try {
            checkUserName(user);
          } catch (BadInputException e) {
            throw new BadInputException(where + ": \"user\": " + e.getMessage());
          }
          Account acc = new Account(user, Actor.partyOfCode(text(n, "party", where)),
              text(n, "member", where), roles, text(n, "passwordHash", where));
          a.byUser.put(acc.user(), acc);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return a;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new BadInputException(where + ": \"" + field + "\" must be a string");
    }
    return v.asText();
  }

  /** Adds (or replaces) an account with a freshly hashed password, and saves the file. */
  public synchronized Account put(String user, Party party, String member, List<Role> roles, char[] password,
      SecureRandom random) {
    checkUserName(user);
    if (password.length < 12) {
      throw new BadInputException("a password needs at least 12 characters");
    }
    Account a = new Account(user, party, member, roles, PasswordHasher.hash(password, random));
    byUser.put(user, a);
    save();
    return a;
  }

  /**
   * A user name is 1–64 of A-Z a-z 0-9 . _ @ - : no spaces and no control characters, so it can be shown and
   * logged as it is. Checked when an account is made or read from the file, and on every sign-in before any
   * password work.
   */
  public static void checkUserName(String user) {
    if (user == null || !USER_NAME.matcher(user).matches()) {
      String why = user == null ? "is missing" : user.isEmpty() ? "is empty" : user.length() > 64
          ? "is longer than 64 characters" : firstBad(user);
      throw new BadInputException("a user name is 1–64 of A-Z a-z 0-9 . _ @ - ; this one " + why);
    }
  }

  private static String firstBad(String user) {
    for (int i = 0; i < user.length(); i++) {
      char c = user.charAt(i);
      if (!USER_NAME.matcher(String.valueOf(c)).matches()) {
        return "has " + (Character.isISOControl(c) || Character.isWhitespace(c) || c == '"' || c == '\\'
            ? "" : "'" + c + "' ") + String.format("U+%04X", (int) c) + (Character.isISOControl(c)
            ? " (a control character)" : "") + " at position " + (i + 1);
      }
    }
    return "is not allowed";
  }

  /** The account if the password is right; empty otherwise (the caller cannot tell which part was wrong). */
  public Optional<Account> authenticate(String user, char[] password) {
    Account a;
    synchronized (this) {
      a = byUser.get(user);
    }
    if (a == null) {
      // Spend the same time as a real check, so a wrong user name cannot be told from a wrong password.
      PasswordHasher.verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    return PasswordHasher.verify(password, a.passwordHash()) ? Optional.of(a) : Optional.empty();
  }

  public synchronized List<Account> all() {
    return List.copyOf(byUser.values());
  }

  private static final String DUMMY_HASH = PasswordHasher.hash("not a password".toCharArray(), new SecureRandom());

  private void save() {
    ArrayNode arr = JSON.createArrayNode();
    for (Account a : byUser.values()) {
      ObjectNode o = arr.addObject();
      o.put("user", a.user());
      o.put("party", a.party().code());
      o.put("member", a.member());
      ArrayNode roles = o.putArray("roles");
      a.roles().forEach(r -> roles.add(r.code()));
      o.put("passwordHash", a.passwordHash());
    }
    // Owner-only: the file holds password hashes.
    AtomicFile.write(file, true, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, arr));
  }
}
