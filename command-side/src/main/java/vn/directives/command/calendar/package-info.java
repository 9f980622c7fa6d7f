/**
 * The working-day calendar (weekends, Vietnamese public holidays, compensatory days) as reference
 * data recorded as events, so both sides count working days on the same table and the history
 * keeps which table was in force.
 */
package vn.directives.command.calendar;
