/**
 * Member development in enterprises (phát triển đảng viên): one aggregate per candidate, from
 * registration through the Party awareness course and admission as a probationary member to
 * recognition as official after twelve months. Persons are named by pseudonymous references only.
 */
package vn.directives.command.memberdevelopment;
