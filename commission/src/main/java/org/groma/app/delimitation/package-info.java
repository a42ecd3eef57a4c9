/**
 * Delimitation: the boundary model (boundary → sections → segments between turning points, each segment with
 * its line type, status and sources), splitting a line into sections, the turning-point table and the
 * boundary description in the commission's working languages.
 *
 * <p>Everything here is a value computed from WGS 84 points with {@code groma-geo}; formatting for files
 * (CSV, JSON, Markdown) lives in the {@code export} adapter, command-line handling in {@code cli}. This package
 * depends on neither (ArchUnit rule, see docs/architecture.md).
 */
package org.groma.app.delimitation;
