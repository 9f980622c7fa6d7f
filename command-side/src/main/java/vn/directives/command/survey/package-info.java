/**
 * Surveys of enterprises (khảo sát): the task kind whose findings build the enterprises' picture.
 */
package vn.directives.command.survey;
