/**
 * What the aggregates of every feature share: the acting user's context, rule violations and the
 * directories (directives, units, members) the opening rules consult. Kept small: a type lands
 * here only when two features need it.
 */
package vn.directives.command.common;
