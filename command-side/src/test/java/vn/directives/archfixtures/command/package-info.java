/**
 * Classes that break the command side's architecture rules on purpose, one package per rule, so
 * that a test can show each rule reports them. Outside {@code vn.directives.command} so that no
 * application context scans them.
 */
package vn.directives.archfixtures.command;
