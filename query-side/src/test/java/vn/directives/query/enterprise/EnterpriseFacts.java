package vn.directives.query.enterprise;

import org.axonframework.eventhandling.DomainEventMessage;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.partymember.PartyMemberChanged;
import vn.directives.events.partymember.PartyMemberRecorded;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.task.TaskHeader;
import vn.directives.query.ProjectionDriver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Events about enterprises, in the words of the picture: each made as the next event of its
 * stream (survey, Party organization, task) with the instant it was recorded. Recorded at 09:00
 * in Vietnam on the given day unless a test says otherwise.
 */
final class EnterpriseFacts {

    private static final String OFFICER = "ban-to-chuc-01";

    private final ProjectionDriver driver;

    EnterpriseFacts(ProjectionDriver driver) {
        this.driver = driver;
    }

    static Instant recordedOn(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.ofHours(7));
    }

    /** What a survey found, with the counts the indicators read; the rest made consistent with them. */
    DomainEventMessage<?> surveyed(String surveyTaskId, String taxCode, String name, LocalDate effectiveOn,
                                   LocalDate recordedOn, int officialEmployed12Months, boolean tradeUnion) {
        int official = officialEmployed12Months + 1;
        EnterpriseFindings findings = new EnterpriseFindings(taxCode, name, Ownership.PRIVATE, 120, official, 1, 1,
                officialEmployed12Months, tradeUnion, tradeUnion ? 80 : 0, true, 25, false, OwnerAttitude.SUPPORTIVE);
        return driver.event(surveyTaskId, new SurveyFindingRecorded(surveyTaskId, findings, effectiveOn, OFFICER),
                recordedOn(recordedOn));
    }

    DomainEventMessage<?> surveyed(String surveyTaskId, EnterpriseFindings findings, LocalDate effectiveOn,
                                   LocalDate recordedOn) {
        return driver.event(surveyTaskId, new SurveyFindingRecorded(surveyTaskId, findings, effectiveOn, OFFICER),
                recordedOn(recordedOn));
    }

    /** Established before completions gave the kind and superior committee (revision 1, upcast): not classified. */
    DomainEventMessage<?> established(String organizationId, String taxCode, String name, LocalDate decidedOn,
                                      int official, int probationary) {
        return established(organizationId, taxCode, name, decidedOn, official, probationary, null, null);
    }

    DomainEventMessage<?> established(String organizationId, String taxCode, String name, LocalDate decidedOn,
                                      int official, int probationary, PartyOrganizationKind kind,
                                      String superiorCommitteeUnitId) {
        return driver.event(organizationId, new PartyOrganizationEstablished(organizationId, taxCode, name,
                "Chi bộ " + name, "cell-" + taxCode, "125-QĐ/ĐU", "Đảng ủy các Khu công nghiệp", kind,
                superiorCommitteeUnitId, official, probationary, decidedOn, OFFICER), recordedOn(decidedOn.plusDays(3)));
    }

    DomainEventMessage<?> recordedExisting(String organizationId, String taxCode, String name, RecordSource source,
                                           String reference, LocalDate since, LocalDate recordedOn, int official) {
        return driver.event(organizationId, new ExistingPartyOrganizationRecorded(organizationId, taxCode, name,
                "Chi bộ " + name, source, reference, official, 0, since, OFFICER), recordedOn(recordedOn));
    }

    DomainEventMessage<?> admitted(String organizationId, int admitted, LocalDate on) {
        return driver.event(organizationId, new NewMembersAdmitted(organizationId, admitted, on, OFFICER),
                recordedOn(on.plusDays(1)));
    }

    /**
     * A candidate of the category registered a year before and admitted (the course waived, for brevity)
     * on the day: their stream's two events.
     */
    List<DomainEventMessage<?>> candidateAdmitted(String candidateRef, String taxCode, String organizationId,
                                                  vn.directives.events.memberdevelopment.CandidateCategory category,
                                                  LocalDate on) {
        String stream = "candidate:" + candidateRef;
        return List.of(
                driver.event(stream, new vn.directives.events.memberdevelopment.CandidateRegistered(candidateRef,
                        taxCode, category, on.minusYears(1), OFFICER), recordedOn(on.minusYears(1))),
                driver.event(stream, new vn.directives.events.memberdevelopment.CandidateAdmitted(candidateRef,
                        organizationId, taxCode, category, "Đã học lớp ở nơi cư trú", on, OFFICER), recordedOn(on)));
    }

    DomainEventMessage<?> transferredIn(String organizationId, String transferTaskId, boolean temporary,
                                        LocalDate on) {
        return driver.event(organizationId, new MembersTransferredIn(organizationId, transferTaskId, 1, temporary, on,
                OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> transferredOut(String organizationId, String transferTaskId, boolean temporary,
                                         LocalDate on) {
        return driver.event(organizationId, new MembersTransferredOut(organizationId, transferTaskId, 1, temporary,
                on, OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> recognized(String organizationId, int members, LocalDate on) {
        return driver.event(organizationId, new ProbationaryMembersRecognized(organizationId, members, null, on,
                OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> left(String organizationId, ExitReason reason, MemberStatus status, int members,
                               LocalDate on) {
        return driver.event(organizationId, new MembersLeft(organizationId, reason, status, members, on, OFFICER),
                recordedOn(on));
    }

    /** The merged organization's event and the receiving one's, in the order the command side stores them. */
    List<DomainEventMessage<?>> merged(String organizationId, String intoOrganizationId, MemberCounts members,
                                       LocalDate on) {
        return List.of(driver.event(organizationId, new PartyOrganizationMerged(organizationId, intoOrganizationId,
                        members, on, OFFICER), recordedOn(on)),
                driver.event(intoOrganizationId, new MembersReceived(intoOrganizationId, organizationId, members, on,
                        OFFICER), recordedOn(on)));
    }

    DomainEventMessage<?> transferCompleted(String transferTaskId, String taxCode, TransferDirection direction,
                                            TransferType type, LocalDate on) {
        return driver.event(transferTaskId, new MemberTransferCompleted(transferTaskId, "member-ref-" + transferTaskId,
                direction, type, taxCode, on, OFFICER), recordedOn(on));
    }

    /** A member entered on the roster from {@code on}: at the organization, or at the residence committee when it is given. */
    DomainEventMessage<?> onRoster(String memberRef, String taxCode, String organizationId, String residenceUnitId,
                                   LocalDate on) {
        return driver.event("party-member:" + memberRef, new PartyMemberRecorded(memberRef, taxCode,
                residenceUnitId == null ? organizationId : null, residenceUnitId, MemberStatus.OFFICIAL,
                on.minusYears(5), on.minusYears(4), CandidateCategory.DIRECT_PRODUCTION_WORKER, on, "import-job-1",
                OFFICER), recordedOn(on));
    }

    /** The member's roster entry changed from {@code on} to the organization (or the residence committee given). */
    DomainEventMessage<?> rosterChanged(String memberRef, String taxCode, String organizationId,
                                        String residenceUnitId, LocalDate on) {
        return driver.event("party-member:" + memberRef, new PartyMemberChanged(memberRef, taxCode,
                residenceUnitId == null ? organizationId : null, residenceUnitId, MemberStatus.OFFICIAL,
                on.minusYears(5), on.minusYears(4), CandidateCategory.DIRECT_PRODUCTION_WORKER, on, "import-job-2",
                OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> establishmentOpened(String taskId, String taxCode, String name, LocalDate on) {
        TaskHeader header = new TaskHeader("directive-42", 3, "Thành lập chi bộ " + name, "unit-dang-uy-kcn",
                List.of(), "pho-ban-to-chuc-01", on.plusMonths(6));
        return driver.event(taskId, new CellEstablishmentOpened(taskId, header, taxCode, name, on, OFFICER),
                recordedOn(on));
    }

    /** Registered in the registry in commune {@code communeUnitId}, recorded on the day it is effective. */
    DomainEventMessage<?> registered(String taxCode, String name, String communeUnitId, int workers,
                                     OperatingStatus status, LocalDate on) {
        return driver.event(taxCode, new EnterpriseRegistered(taxCode, profile(name, communeUnitId, workers, status),
                "import-1", on, OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> registryChanged(String taxCode, String name, String communeUnitId, int workers,
                                          OperatingStatus status, LocalDate on) {
        return driver.event(taxCode, new EnterpriseChanged(taxCode, profile(name, communeUnitId, workers, status),
                null, on, OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> unionFounded(String taxCode, int members, LocalDate on) {
        return driver.event(taxCode, new SocioPoliticalOrganizationFounded(taxCode,
                SocioPoliticalOrganizationKind.TRADE_UNION, members, on, OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> founded(String taxCode, SocioPoliticalOrganizationKind kind, int members, LocalDate on) {
        return driver.event(taxCode, new SocioPoliticalOrganizationFounded(taxCode, kind, members, on, OFFICER),
                recordedOn(on));
    }

    DomainEventMessage<?> dissolved(String taxCode, SocioPoliticalOrganizationKind kind, LocalDate on) {
        return driver.event(taxCode, new SocioPoliticalOrganizationDissolved(taxCode, kind, "Sáp nhập", on, OFFICER),
                recordedOn(on));
    }

    DomainEventMessage<?> classified(String organizationId, PartyOrganizationKind kind, String superiorUnitId,
                                     LocalDate on) {
        return driver.event(organizationId, new PartyOrganizationAffiliationChanged(organizationId, kind,
                superiorUnitId, on, OFFICER), recordedOn(on));
    }

    DomainEventMessage<?> ceased(String taxCode, LocalDate on) {
        return driver.event(taxCode, new EnterpriseCeased(taxCode, "Giải thể", on, OFFICER), recordedOn(on));
    }

    private static EnterpriseProfile profile(String name, String communeUnitId, int workers, OperatingStatus status) {
        return new EnterpriseProfile(name, "Số 1 đường Thống Nhất", communeUnitId, "KCN Sông Công I",
                Ownership.PRIVATE, workers, status);
    }

    DomainEventMessage<?> establishmentAbandoned(String taskId, AbandonmentReason reason, LocalDate on) {
        return driver.event(taskId, new CellEstablishmentAbandoned(taskId, reason, "Ghi chú", on, OFFICER),
                recordedOn(on));
    }
}
