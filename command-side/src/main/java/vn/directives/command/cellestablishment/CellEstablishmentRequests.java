package vn.directives.command.cellestablishment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellCommitteePost;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.survey.OwnerAttitude;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the cell establishment's own requests. */
final class CellEstablishmentRequests {

    /**
     * A pseudonymous member reference: ASCII letters, digits and {@code . _ : -}, no spaces, so that
     * a name (with spaces and diacritics) cannot be entered in its place.
     */
    static final String MEMBER_REF = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private CellEstablishmentRequests() {
    }

    record Open(@NotNull @Valid TaskRequests.Header task,
                @NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String enterpriseTaxCode,
                @NotBlank @Size(max = 300) String enterpriseName,
                @PastOrPresent LocalDate openedOn) {
    }

    record OwnerEngagement(@NotNull OwnerAttitude attitude, @Size(max = 2000) String note,
                           @PastOrPresent LocalDate effectiveOn) {
    }

    record MemberPool(@PositiveOrZero @Max(100_000) int officialMembers,
                      @PositiveOrZero @Max(100_000) int probationaryMembers,
                      @PositiveOrZero @Max(100_000) int officialMembersEmployed12Months,
                      @Size(max = 500) List<@NotBlank @Pattern(regexp = MEMBER_REF) String> memberRefs,
                      @PastOrPresent LocalDate effectiveOn) {
    }

    record Proposal(@NotBlank @Size(max = 300) String superiorCommittee, @NotNull @PastOrPresent LocalDate proposedOn) {
    }

    record Decision(@NotBlank @Size(max = 60) String decisionNumber,
                    @NotNull @PastOrPresent LocalDate decidedOn,
                    @NotBlank @Size(max = 300) String issuingCommittee,
                    @NotBlank @Size(max = 300) String organizationName,
                    @NotEmpty @Size(max = 30) List<@NotNull @Valid Appointment> cellCommittee) {

        List<CellCommitteeAppointment> appointments() {
            return cellCommittee.stream().map(Appointment::toValue).toList();
        }
    }

    record Appointment(@NotBlank @Pattern(regexp = MEMBER_REF) String memberRef, @NotNull CellCommitteePost post) {
        CellCommitteeAppointment toValue() {
            return new CellCommitteeAppointment(memberRef, post);
        }
    }

    record Announcement(@NotNull @PastOrPresent LocalDate announcedOn, @NotBlank @Size(max = 300) String place) {
    }

    /**
     * The organization's kind and directly superior committee (a unit active on the decision's day) are
     * required as when an existing organization is recorded.
     */
    record Completion(@NotNull PartyOrganizationKind kind, @NotBlank @Size(max = 100) String superiorCommitteeUnitId,
                      @PastOrPresent LocalDate effectiveOn) {
    }

    record MemberIntroduction(@NotBlank @Size(max = 300) String receivingOrganization,
                              @PastOrPresent LocalDate effectiveOn) {
    }

    record Abandonment(@NotNull AbandonmentReason reason, @Size(max = 2000) String note,
                       @PastOrPresent LocalDate effectiveOn) {
    }
}
