/**
 * The Steering Committee (Ban Chỉ đạo): members appointed, their responsibilities changed,
 * relieved; the roster task openings consult.
 */
package vn.directives.command.steering;
