/**
 * The commission's printed and exported records: a document of titled parts (headings, wrapped paragraphs,
 * key/value tables, images) rendered to PDF (Apache PDFBox) and DOCX (Apache POI) in English or Russian with
 * an embedded Latin and Cyrillic font, each page headed with the commission and section and footed with the
 * DEMO label on a demo and the journal proof of the acts it prints ({@link org.groma.app.documents.JournalProof}),
 * which {@code groma verify --entry} checks.
 */
package org.groma.app.documents;
