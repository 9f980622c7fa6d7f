package vn.directives.command.partyorganization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.partyorganization.SuccessorShare;

import java.time.LocalDate;
import java.util.List;

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

    record Recognition(@Positive @Max(10_000) int members, @PastOrPresent LocalDate effectiveOn) {
    }

    record Exit(@NotNull ExitReason reason, @NotNull MemberStatus status, @Positive @Max(10_000) int members,
                @PastOrPresent LocalDate effectiveOn) {
    }

    record Merger(@NotBlank @Size(max = 100) String intoPartyOrganizationId, @PastOrPresent LocalDate effectiveOn) {
    }

    /** Members by status; an absent count is none. */
    record Counts(@PositiveOrZero @Max(100_000) int official, @PositiveOrZero @Max(100_000) int probationary,
                  @PositiveOrZero @Max(100_000) int temporary) {

        MemberCounts value() {
            return new MemberCounts(official, probationary, temporary);
        }
    }

    record Successor(@NotBlank @Size(max = 100) String partyOrganizationId, @NotNull @Valid Counts members) {

        SuccessorShare value() {
            return new SuccessorShare(partyOrganizationId, members.value());
        }
    }

    /** No successor and no one leaving: an organization without members. */
    record Dissolution(@NotBlank @Size(max = 2000) String reason,
                       @Size(max = 50) List<@Valid @NotNull Successor> successors, @Valid Counts leaving,
                       @PastOrPresent LocalDate effectiveOn) {

        List<SuccessorShare> successorShares() {
            return successors == null ? List.of() : successors.stream().map(Successor::value).toList();
        }

        MemberCounts leavingCounts() {
            return leaving == null ? MemberCounts.NONE : leaving.value();
        }
    }
}
