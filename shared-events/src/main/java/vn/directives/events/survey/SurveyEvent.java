package vn.directives.events.survey;

/** What happens only to surveys (khảo sát); the common lifecycle is in the task package. */
public sealed interface SurveyEvent permits SurveyOpened, SurveyFindingRecorded, SurveyClosed {

    String taskId();
}
