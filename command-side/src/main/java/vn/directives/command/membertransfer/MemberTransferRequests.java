package vn.directives.command.membertransfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;

import java.time.LocalDate;

/** Bodies of the member transfer's own requests. */
final class MemberTransferRequests {

    private MemberTransferRequests() {
    }

    /**
     * A transfer request. The member's identity is checked by {@link MemberIdentity#checked()},
     * not by annotations, so that no rejected value of it is ever kept in an error.
     */
    record Open(@NotNull @Valid TaskRequests.Header task,
                @NotNull MemberIdentity member,
                @NotNull TransferDirection direction,
                @NotNull TransferType type,
                @Valid Period temporaryPeriod,
                @NotNull @Valid Organization sendingOrganization,
                @NotNull @Valid Organization receivingOrganization,
                @NotNull @PastOrPresent LocalDate decisionDate,
                @PastOrPresent LocalDate openedOn) {
    }

    record Period(@NotNull LocalDate from, @NotNull LocalDate until) {
        TemporaryPeriod toValue() {
            return new TemporaryPeriod(from, until);
        }
    }

    record Organization(@NotBlank @Size(max = 300) String name,
                        @NotBlank @Size(max = 100) String unitId,
                        @Pattern(regexp = "\\d{10}(-\\d{3})?") String enterpriseTaxCode) {
        PartyOrganization toValue() {
            return new PartyOrganization(name, unitId, enterpriseTaxCode);
        }
    }

    /** The introduction letter: its number (e.g. 125-GGT/ĐU), its date, and why it is late if it is. */
    record Letter(@NotBlank @Size(max = 50) String letterNumber, @Size(max = 2000) String lateReason,
                  @PastOrPresent LocalDate effectiveOn) {
    }

    /** The day the receiving organization accepted the letter, and why it is late if it is. */
    record Acceptance(@Size(max = 2000) String lateReason, @PastOrPresent LocalDate effectiveOn) {
    }

    record Completion(@PastOrPresent LocalDate effectiveOn) {
    }

    /** A return by the receiving side or a withdrawal: the reason is required. */
    record Ending(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }
}
