/**
 * The Party members' roster (danh sách đảng viên): one aggregate per member, named by the random
 * reference of the protected personal-data store, saying where the member works, where they are
 * registered (the enterprise's Party organization or their residence's committee), official or
 * probationary, the days of admission and recognition, and the category. Brought in by the import of a
 * list of Party members; it never moves an organization's member counts.
 */
package vn.directives.command.partymember;
