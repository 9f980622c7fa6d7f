/**
 * General tasks (nhiệm vụ): any duty of a directive's point whose outcome is a product, with
 * progress reports; also the kind of every sub-task delegated to a lower-level unit.
 */
package vn.directives.command.generaltask;
