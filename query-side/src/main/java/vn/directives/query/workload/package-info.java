/**
 * Workload per member and per unit.
 */
package vn.directives.query.workload;
