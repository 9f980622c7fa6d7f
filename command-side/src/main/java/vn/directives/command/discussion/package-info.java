/**
 * Discussion and documents on a task of any kind: comments, attachments (their bytes checked where
 * they arrive and kept beside the event store), and urging on the spot. The rules that depend on
 * the task (who may speak, whether it is open) are the task aggregate's.
 */
package vn.directives.command.discussion;
