package vn.directives.events.cellestablishment;

/**
 * What happens only to cell establishments (thành lập tổ chức đảng trong doanh nghiệp); the common
 * lifecycle is in the task package.
 */
public sealed interface CellEstablishmentEvent permits CellEstablishmentOpened, OwnerEngaged, MemberPoolConfirmed,
        EstablishmentProposalSubmitted, EstablishmentDecisionIssued, EstablishmentAnnounced,
        CellEstablishmentCompleted, MembersIntroducedToExistingOrganization, CellEstablishmentAbandoned {

    String taskId();
}
