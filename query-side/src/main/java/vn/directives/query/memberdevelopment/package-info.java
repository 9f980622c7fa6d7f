/**
 * Member development as the Organization Committee follows it: candidates and members by
 * enterprise, status and category, and the probationary members whose recognition is due.
 */
package vn.directives.query.memberdevelopment;
