/**
 * The Steering Committee as it was at any date.
 */
package vn.directives.query.steering;
