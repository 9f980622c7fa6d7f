/**
 * Establishing a Party organization in an enterprise (thành lập tổ chức đảng): the task kind with
 * its own steps, from engaging the owner to the announcement, and the policy that founds the
 * organization when it completes.
 */
package vn.directives.command.cellestablishment;
