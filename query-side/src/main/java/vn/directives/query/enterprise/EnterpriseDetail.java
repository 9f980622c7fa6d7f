package vn.directives.query.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The picture of one enterprise at the end of {@code at}: its latest surveyed facts and the
 * earlier ones, its Party organization and members, completed member transfers, admissions of new
 * members, and what the indicators I1-I4 count of it.
 */
public record EnterpriseDetail(String taxCode, String name, LocalDate at, boolean operatingAndKnown, LocalDate dissolvedOn,
                        SurveyedFacts surveyedFacts, List<SurveyedFacts> surveys,
                        PartyOrganizationView partyOrganization, MemberTransfers memberTransfers,
                        List<Admission> admissions, List<AdmissionYear> admissionsByYear,
                        IndicatorInputs indicatorInputs, PartyOrganizationStatus partyOrganizationStatus,
                        RegistryFacts registry, List<RegistryFacts> registryHistory,
                        List<SocioPoliticalOrganization> socioPoliticalOrganizations) {

    /**
     * A socio-political organization in being at the date: its kind, since when, its members then, and the
     * task whose outcome its founding was (null when it was recorded directly or imported).
     */
    public record SocioPoliticalOrganization(CodeLabel kind, LocalDate since, Integer members, FoundingTask foundedBy) {
    }

    /** The task that founded an organization, by its title. */
    public record FoundingTask(String taskId, String title) {
    }

    /**
     * What the registry held of the enterprise from {@code effectiveOn} (null: not in the registry at
     * the date), with the commune or ward's name at the date; {@code findingDiffers} when the latest
     * survey found other workers or another ownership, shown beside it rather than reconciled.
     */
    public record RegistryFacts(String change, LocalDate effectiveOn, Instant recordedAt, String name, String address,
                         String communeUnitId, String communeName, String zone, CodeLabel ownership, Integer workers,
                         CodeLabel status, boolean ceased, String ceasedReason, String importJobId,
                         boolean findingDiffers) {
    }

    /**
     * Whether the enterprise's Party organization is on record, and if not, whether its latest
     * survey reported one. A survey's word is not a record: the indicators I1-I4 count only an
     * organization recorded (established by a cell establishment, or recorded as existing with its
     * name, date and members), so an organization reported but not recorded counts for nothing
     * until someone records it; {@code nextStep} says how. Codes: {@code RECORDED},
     * {@code REPORTED_NOT_RECORDED}, {@code NONE}.
     */
    public record PartyOrganizationStatus(String code, String label, String labelEn, String nextStep, String nextStepEn) {

        static PartyOrganizationStatus of(PartyOrganizationView organization, SurveyedFacts latestSurvey) {
            if (organization != null) {
                return new PartyOrganizationStatus("RECORDED", "Đã ghi nhận tổ chức đảng",
                        "Party organization on record", null, null);
            }
            if (latestSurvey != null && latestSurvey.partyOrganizationExists()) {
                return new PartyOrganizationStatus("REPORTED_NOT_RECORDED",
                        "Khảo sát báo có tổ chức đảng, chưa ghi nhận",
                        "Organization reported by a survey, not yet recorded",
                        "Ban Tổ chức ghi nhận tổ chức đảng hiện có (POST /api/party-organizations, nguồn SURVEY,"
                                + " tham chiếu khảo sát " + latestSurvey.surveyTaskId() + "); đến khi đó các chỉ số"
                                + " I1–I4 chưa tính tổ chức này.",
                        "The Organization Committee records the existing organization (POST /api/party-organizations,"
                                + " source SURVEY, reference survey " + latestSurvey.surveyTaskId() + "); until then"
                                + " I1–I4 do not count it.");
            }
            return new PartyOrganizationStatus("NONE", "Chưa có tổ chức đảng", "No Party organization", null, null);
        }
    }

    /** What one survey found, effective on a day and recorded at an instant. */
    public record SurveyedFacts(String surveyTaskId, LocalDate effectiveOn, Instant recordedAt, String enterpriseName,
                         CodeLabel ownership, int workers, int officialMembers, int probationaryMembers,
                         int membersRegisteredAtResidence, int officialMembersEmployed12Months, boolean tradeUnion,
                         int tradeUnionMembers, boolean youthUnion, int youthUnionMembers,
                         boolean partyOrganizationExists, CodeLabel ownerAttitude) {
    }

    /**
     * The Party organization, since when and by which decision or record, its kind and directly
     * superior committee at the date ({@code NOT_CLASSIFIED} and no committee when not recorded),
     * with its members at the date.
     */
    public record PartyOrganizationView(String id, String name, CodeLabel origin, LocalDate since, String decisionNumber,
                                 String issuingCommittee, String cellEstablishmentTaskId, CodeLabel recordSource,
                                 String sourceReference, Instant recordedAt, CodeLabel kind,
                                 SuperiorCommittee superiorCommittee, Members members) {
    }

    /** A unit, named as it was at the date. */
    public record SuperiorCommittee(String unitId, String name) {
    }

    /**
     * Members at the date. {@code official} and {@code probationary} are those it started with,
     * probationary including the new members admitted since (they are admitted as probationary
     * members); members transferred in or out officially are counted apart, as the transfers do not
     * say which kind of member moved. {@code total} leaves out members here temporarily;
     * {@code byStatus} says how many of each status there are now.
     */
    public record Members(int official, int probationary, int transferredIn, int transferredOut, int total,
                   int temporarilyIn, int temporarilyAway, ByStatus byStatus, int left) {
    }

    /**
     * Members at the date by status: recognitions, exits and reorganizations included; official
     * members transferred in count as official, and members transferred out are taken from the
     * official members first. {@code total} is official plus probationary; {@code left} counts
     * those who left other than by transfer (death, removal, expulsion, on request).
     */
    public record ByStatus(int official, int probationary, int temporary) {
    }

    /** Completed transfers of members into and out of the enterprise, official or temporary. */
    public record MemberTransfers(TransferCounts in, TransferCounts out) {
    }

    public record TransferCounts(int official, int temporary) {
    }

    public record Admission(LocalDate effectiveOn, int admitted, Instant recordedAt) {
    }

    public record AdmissionYear(int year, int admitted, int admissions) {
    }

    /** What the indicators count of this enterprise at the date (see {@link IndicatorCode}). */
    public record IndicatorInputs(boolean operatingAndKnown, boolean hasPartyOrganization, LocalDate partyOrganizationSince,
                           boolean atLeastThreeOfficialMembersEmployed12Months, boolean hasTradeUnion,
                           LocalDate admissionsFrom, int newMembersAdmittedInPeriod) {
    }
}
