/**
 * Directives (chỉ thị): registration, amended targets, replacement and the default urging policy,
 * plus the lookup that keeps directive numbers unique across aggregates.
 */
package vn.directives.command.directive;
