/**
 * The picture of each enterprise at any date (findings, Party organization, members, transfers,
 * admissions) and the indicators I1-I4 computed from it.
 */
package vn.directives.query.enterprise;
