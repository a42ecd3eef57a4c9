/**
 * Journal entries: the {@link org.groma.journal.entry.Entry} record, its canonical bytes (RFC 8785), the
 * signed and stored form {@link org.groma.journal.entry.SignedEntry}, the strict
 * {@link org.groma.journal.entry.EntryCodec}, and {@link org.groma.journal.entry.Nanodegrees} for the
 * coordinates in entry bodies.
 */
package org.groma.journal.entry;
