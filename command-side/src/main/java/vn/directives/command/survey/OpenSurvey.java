package vn.directives.command.survey;

import vn.directives.command.common.CommandContext;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskHeader;

import java.time.LocalDate;

record OpenSurvey(String taskId, TaskHeader task, SurveyScope scope, LocalDate periodFrom, LocalDate periodTo,
                  LocalDate openedOn, CommandContext context) {
}
