/**
 * Party organizations in enterprises: recorded as existing, founded by an establishment, and their
 * admissions and transfers, which the indicators I1-I4 count.
 */
package vn.directives.command.partyorganization;
