package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The superior committee decided to establish the organization: the decision's number, the
 * committee that issued it, the new organization's name, and the committee it appoints.
 * {@code effectiveOn} is the date of the decision.
 */
@Revision("1")
public record EstablishmentDecisionIssued(String taskId, String decisionNumber, String issuingCommittee,
                                          String organizationName, List<CellCommitteeAppointment> cellCommittee,
                                          LocalDate effectiveOn, String recordedBy) implements CellEstablishmentEvent {

    public EstablishmentDecisionIssued {
        cellCommittee = cellCommittee == null ? List.of() : List.copyOf(cellCommittee);
    }
}
