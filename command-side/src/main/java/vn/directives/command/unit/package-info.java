/**
 * Units versioned in time (renamed, merged, dissolved), and the directory that tells whether a
 * unit was active on a date.
 */
package vn.directives.command.unit;
