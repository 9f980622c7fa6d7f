package vn.directives.command.memberdevelopment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.command.common.PseudonymousRef;
import vn.directives.events.memberdevelopment.CandidateCategory;

import java.time.LocalDate;

/** Bodies of the member development requests. No name, card number or citizen ID is ever asked for. */
final class CandidateRequests {

    private CandidateRequests() {
    }

    record Registration(@NotBlank @Pattern(regexp = PseudonymousRef.PATTERN) String candidateRef,
                        @NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String enterpriseTaxCode,
                        @NotNull CandidateCategory category,
                        @PastOrPresent LocalDate effectiveOn) {
    }

    record AwarenessCourse(@NotBlank @Size(max = 100) String trainingCourseId) {
    }

    record Admission(@NotBlank @Size(max = 100) String partyOrganizationId,
                     @Size(max = 1000) String courseWaiverReason,
                     @PastOrPresent LocalDate effectiveOn) {
    }

    record Recognition(@PastOrPresent LocalDate effectiveOn) {
    }

    record Withdrawal(@NotBlank @Size(max = 1000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }
}
