package vn.directives.command.partyorganization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;

/** Bodies of the Party organization requests. */
final class PartyOrganizationRequests {

    private PartyOrganizationRequests() {
    }

    record Existing(@NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String enterpriseTaxCode,
                    @NotBlank @Size(max = 300) String enterpriseName,
                    @NotBlank @Size(max = 300) String organizationName,
                    @NotNull PartyOrganizationKind kind,
                    @NotBlank @Size(max = 100) String superiorCommitteeUnitId,
                    @NotNull @PastOrPresent LocalDate since,
                    @NotNull RecordSource source,
                    @Size(max = 100) String sourceReference,
                    @PositiveOrZero @Max(100_000) int officialMembers,
                    @PositiveOrZero @Max(100_000) int probationaryMembers) {
    }

    record AffiliationChange(@NotNull PartyOrganizationKind kind,
                             @NotBlank @Size(max = 100) String superiorCommitteeUnitId,
                             @PastOrPresent LocalDate effectiveOn) {
    }

    record Admission(@Positive @Max(10_000) int admitted, @PastOrPresent LocalDate effectiveOn) {
    }

    record Transfer(@NotBlank @Size(max = 100) String transferTaskId, @Positive @Max(10_000) int members,
                    boolean temporary, @PastOrPresent LocalDate effectiveOn) {
    }
}
