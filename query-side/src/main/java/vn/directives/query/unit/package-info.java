/**
 * Units as they were at any date, through renames, merges and dissolutions.
 */
package vn.directives.query.unit;
