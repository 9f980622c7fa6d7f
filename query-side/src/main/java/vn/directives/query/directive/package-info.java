/**
 * The directive list, with the targets in force and replacements.
 */
package vn.directives.query.directive;
