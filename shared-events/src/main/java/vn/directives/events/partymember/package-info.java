/**
 * Events of the Party members' roster (danh sách đảng viên): who is a member, where they work and where
 * they are registered, by a pseudonymous reference only. Names, Party card numbers and citizen IDs stay
 * in the command side's protected personal-data store.
 */
package vn.directives.events.partymember;
