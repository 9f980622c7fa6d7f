/**
 * A task's timeline: who did what and when, urging included, in Vietnamese and English.
 */
package vn.directives.query.timeline;
