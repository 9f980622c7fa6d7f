package vn.directives.events.survey;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The findings in one enterprise were recorded; a later record for the same tax code replaces it. */
@Revision("1")
public record SurveyFindingRecorded(String taskId, EnterpriseFindings findings, LocalDate effectiveOn,
                                    String recordedBy) implements SurveyEvent {
}
