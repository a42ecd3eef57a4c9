/**
 * Export adapters: write what the feature packages compute to files people and other tools read (CSV after
 * RFC 4180, JSON, Markdown). Rounding to the documented precision happens here and only here.
 */
package org.groma.app.export;
