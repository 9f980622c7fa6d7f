/**
 * Sign-in on the command side (embedded accounts or the province's single sign-on), the roles, the
 * accounts the administrator manages and the security log.
 */
package vn.directives.command.security;
