package vn.directives.events.survey;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The survey was closed with its summary; the task completes with it. */
@Revision("1")
public record SurveyClosed(String taskId, String summary, int enterprisesSurveyed, LocalDate effectiveOn,
                           String closedBy) implements SurveyEvent {
}
