package vn.directives.events.survey;

import org.axonframework.serialization.Revision;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

/** A survey was opened over a scope and a period. */
@Revision("1")
public record SurveyOpened(String taskId, TaskHeader task, SurveyScope scope, LocalDate periodFrom,
                           LocalDate periodTo, LocalDate openedOn, String openedBy)
        implements SurveyEvent, TaskOpening {

    @Override
    public TaskKind kind() {
        return TaskKind.SURVEY;
    }
}
