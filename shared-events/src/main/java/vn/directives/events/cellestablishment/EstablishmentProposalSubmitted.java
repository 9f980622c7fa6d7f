package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The establishment was proposed to the directly superior Party committee (cấp ủy cấp trên trực
 * tiếp); {@code effectiveOn} is the date of the proposal.
 */
@Revision("1")
public record EstablishmentProposalSubmitted(String taskId, String superiorCommittee, LocalDate effectiveOn,
                                             String submittedBy) implements CellEstablishmentEvent {
}
