package vn.directives.query.memberdevelopment;

import java.time.LocalDate;

/**
 * One candidate or member as the lists show them: pseudonymous reference, enterprise, category and
 * status with their labels, each step's date, and the next step with its label.
 */
public record CandidateView(String candidateRef, String enterpriseTaxCode, String enterpriseName, Label category,
                     Label status, LocalDate registeredOn, String trainingCourseId, LocalDate coursePassedOn,
                     String courseWaiverReason, String partyOrganizationId, LocalDate admittedOn,
                     LocalDate recognitionDueOn, LocalDate recognizedOn, LocalDate droppedOn, String dropReason,
                     Label nextStep) {

    /** A code with its Vietnamese label and the English beside it. */
    public record Label(String code, String label, String labelEn) {
    }
}
