/**
 * The commission's rules: who may do what in the journal, as pure functions.
 *
 * <p>{@link org.groma.app.commission.CommissionRules#decide} turns a {@link org.groma.app.commission.Command}
 * (a member asking to append one entry) into the events to append or a refusal with its reason;
 * {@link org.groma.app.commission.CommissionRules#evolve} folds one {@link org.groma.app.commission.Act}
 * (an appended, signed entry as the rules see it) into the {@link org.groma.app.commission.CommissionState},
 * and throws {@link org.groma.app.commission.RuleViolation} for an act that breaks the rules (a forged or
 * corrupted history). {@link org.groma.app.commission.CommissionHistory} answers "what was agreed on a date".
 * {@link org.groma.app.commission.EntryTypes} declares each entry type once (code, record, codec, author roles);
 * {@link org.groma.app.commission.EventCodec} maps events to and from the journal's JSON values the journal
 * signs.
 *
 * <p>Nothing here knows a store or a server, and of the journal library only its JSON values and its party: a
 * glue step maps journal entries to acts.
 * See docs/commission.md for the entry types, the rules and the refusals.
 */
package org.groma.app.commission;
