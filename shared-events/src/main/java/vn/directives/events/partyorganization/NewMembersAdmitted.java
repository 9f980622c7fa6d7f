package vn.directives.events.partyorganization;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The organization admitted new members (kết nạp đảng viên mới) on {@code effectiveOn}. */
@Revision("1")
public record NewMembersAdmitted(String partyOrganizationId, int admitted, LocalDate effectiveOn, String recordedBy)
        implements PartyOrganizationEvent {
}
