/**
 * The yearly report, folded from the event history at a cut-off (never from the read models) as
 * recorded or corrected, and rendered as JSON, DOCX and XLSX.
 */
package vn.directives.query.report;
