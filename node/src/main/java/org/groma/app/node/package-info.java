/**
 * The node's journal: the commission's rules ({@code commission}) over signed entries (groma-journal) kept in
 * the commission store ({@code store}). A {@link org.groma.app.node.CommissionNode} decides, signs and appends
 * acts, verifies a whole store before it trusts it, signs checkpoints as the log operator, cosigns them as a
 * witness, rebuilds the GeoPackage projection layers, and carries entries between nodes in bundles.
 */
package org.groma.app.node;
