/**
 * The enterprise registry (sổ theo dõi doanh nghiệp): enterprises as the business registry knows
 * them, independent of surveys, and the import of a province's existing lists into it.
 */
package vn.directives.command.enterprise;
