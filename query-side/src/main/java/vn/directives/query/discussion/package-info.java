/**
 * Discussion on tasks as read: each task's comments and attached documents, and the download of a
 * document, whose bytes are checked against the SHA-256 its event recorded before they are served.
 */
package vn.directives.query.discussion;
