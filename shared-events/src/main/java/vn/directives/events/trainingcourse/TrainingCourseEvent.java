package vn.directives.events.trainingcourse;

/** What happens only to training courses (lớp bồi dưỡng); the common lifecycle is in the task package. */
public sealed interface TrainingCourseEvent permits TrainingCoursePlanned, ParticipantsEnrolled, ParticipantWithdrawn,
        TrainingCourseOpened, ParticipantResultsRecorded, TrainingCourseClosed {

    String taskId();
}
