/**
 * The demo commission on real data: Armenia and Azerbaijan with a neutral mediator, the shipped
 * OpenStreetMap-derived and Natural Earth extracts registered as sources, sections along the
 * OpenStreetMap-derived line, proposals from both sides, a decision in force and a cosigned checkpoint; built
 * once into a directory and reopened (verified) afterwards ({@code groma demo}). Every text says it is demo
 * data and not an agreed boundary. See docs/demo.md.
 */
package org.groma.app.demo;
