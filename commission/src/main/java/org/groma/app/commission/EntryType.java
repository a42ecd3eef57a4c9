package org.groma.app.commission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.groma.app.commission.EventCodec.Obj;
import org.groma.journal.json.JsonObject;

/**
 * One kind of journal entry, declared once in {@link EntryTypes}: the {@code type} the journal records, the
 * {@link CommissionEvent} record it decodes to, its body codec, and the roles that may author it.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 *
 * @param <E> the event record
 */
public final class EntryType<E extends CommissionEvent> {

  private final String code;
  private final Class<E> recordClass;
  private final Set<Role> authorRoles;
  private final Function<E, BodyWriter> writer;
  private final Function<Obj, E> reader;
  private final Function<Obj, E> legacyReader;

  EntryType(String code, Class<E> recordClass, Set<Role> authorRoles, Function<E, BodyWriter> writer,
      Function<Obj, E> reader, Function<Obj, E> legacyReader) {
    this.code = Objects.requireNonNull(code, "code");
    this.recordClass = Objects.requireNonNull(recordClass, "recordClass");
    this.authorRoles = authorRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(authorRoles));
    this.writer = Objects.requireNonNull(writer, "writer");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.legacyReader = legacyReader;
  }

  /** The entry's {@code type} in the journal, e.g. {@code line-proposed}. */
  public String code() {
    return code;
  }

  /** The event record an entry of this type decodes to. */
  public Class<E> recordClass() {
    return recordClass;
  }

  /**
   * The roles whose holders may author an act of this type, in the order of {@link Role} (empty for genesis,
   * which its founding members sign). A node lets an account submit the act only with one of them;
   * {@link CommissionRules} checks them against the roster and narrows them where the act needs more: a
   * roster act by the target party's manager (co-chair; the mediator's admin), an endorsement by a co-chair
   * of the endorsing party. One exception, kept because journals hold such entries: the rules accept a note
   * from any member, so an observer's note replays, while a node does not let an observer submit one.
   */
  public Set<Role> authorRoles() {
    return authorRoles;
  }

  /** Whether a node's accounts may ask for this act at all (genesis is made once, when the store is created). */
  public boolean submittable() {
    return !authorRoles.isEmpty();
  }

  /** Whether this type has a format 1 body of its own (written before acts quoted the hashes of what they name). */
  boolean hasLegacyForm() {
    return legacyReader != null;
  }

  BodyWriter write(CommissionEvent event) {
    return writer.apply(recordClass.cast(event));
  }

  E read(Obj body, boolean legacy) {
    return (legacy && legacyReader != null ? legacyReader : reader).apply(body);
  }

  @Override
  public String toString() {
    return code;
  }
}
