package vn.directives.query.report;

import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.memberdevelopment.AdmissionsByCategory;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's enterprise facts behind I1-I4, dated, judged at a cut by the same rules as the
 * enterprise picture ({@code vn.directives.query.enterprise.PictureAtDate}): the latest survey
 * finding, the Party organization from the day it came into being, dissolution learnt from an
 * abandoned cell establishment (unless surveyed again later), admissions of new members in the period.
 * An enterprise in the registry is operating as the registry says at the cut (registered, operating,
 * not ceased), whatever surveys found; one the registry does not hold is judged by its surveys. A
 * trade union founded or dissolved in the registry says whether there is one, else the survey does.
 */
final class EnterpriseFacts {

    /** What a finding says that the indicators use. */
    record Finding(boolean threeQualifyingMembers, boolean tradeUnion) {

        /** The four findings there are, shared: a report keeps every finding of the province. */
        private static final Finding[] ALL = {new Finding(false, false), new Finding(false, true),
                new Finding(true, false), new Finding(true, true)};

        static Finding of(boolean threeQualifyingMembers, boolean tradeUnion) {
            return ALL[(threeQualifyingMembers ? 2 : 0) + (tradeUnion ? 1 : 0)];
        }
    }

    /** What the registry says of an enterprise from a date (where and how many workers: null once ceased). */
    record Registered(boolean operating, boolean ceased, String communeUnitId, String zone, int workers) {
    }

    /** A Party organization's kind and superior committee (a unit id) from a date; either may be unrecorded (null). */
    record Affiliation(PartyOrganizationKind kind, String superiorCommitteeUnitId) {
    }

    /**
     * One change of a Party organization's members, as the sums the counts by status need (the
     * same formula as the enterprise picture's {@code MemberStatusSql}): official members in
     * (founded, transferred in, recognized, received, less those who left or moved on), the same for
     * probationary members, members transferred out (official first, then probationary), temporary.
     */
    record MemberDelta(int official, int probationary, int transferredOut, int temporary) {

        static MemberDelta of(MemberCounts counts, int sign) {
            return new MemberDelta(sign * counts.official(), sign * counts.probationary(), 0,
                    sign * counts.temporary());
        }
    }

        /** Numerators and denominators of I1-I4, in that order. */
    record Counts(long[] numerators, long[] denominators) {
    }

    private final Map<String, List<Dated<Finding>>> findings = new HashMap<>();
    private final Map<String, List<Dated<String>>> organizations = new HashMap<>();
    private final Map<String, List<Dated<Integer>>> admissions = new HashMap<>();
    private final Map<String, String> establishmentTaxCodes = new HashMap<>();
    private final Map<String, List<Dated<Void>>> dissolutions = new HashMap<>();
    private final Map<String, List<Dated<Registered>>> registry = new HashMap<>();
    private final Map<String, List<Dated<Boolean>>> tradeUnions = new HashMap<>();
    /** Per kind, then per tax code: the members of the enterprise's organization of that kind; null once dissolved. */
    private final Map<SocioPoliticalOrganizationKind, Map<String, List<Dated<Integer>>>> socioPolitical =
            new java.util.EnumMap<>(SocioPoliticalOrganizationKind.class);
    /** Per Party organization: each change of its members by status. */
    private final Map<String, List<Dated<MemberDelta>>> memberChanges = new HashMap<>();
    /** Per Party organization: members who left other than by transfer, by reason. */
    private final Map<String, List<Dated<Map.Entry<ExitReason, Integer>>>> exits = new HashMap<>();
    /** Per Party organization: the day it was merged into another or dissolved. */
    private final Map<String, List<Dated<Void>>> closures = new HashMap<>();
    /** The committee that decided a Party organization's establishment, as the decision names it. */
    private final Map<String, String> superiors = new HashMap<>();
    /** Per Party organization: its kind and superior committee as recorded, dated. */
    private final Map<String, List<Dated<Affiliation>>> affiliations = new HashMap<>();
    /** Every fact a history migration brought in, dated by when it took effect and when it was first recorded. */
    private final List<Dated<MigratedFact>> migrated = new ArrayList<>();
    /** Per enterprise: the category of each candidate admitted (member development), dated. */
    private final Map<String, List<Dated<CandidateCategory>>> candidateAdmissions = new HashMap<>();

    void apply(Object given, EventHistory.Recorded recorded) {
        Object event = given instanceof vn.directives.events.survey.SurveyFindingRecorded bound
                ? FindingRow.of(bound) : given;
        if (recorded.migration() != null) {
            migrated.add(HistoryFold.dated(effectiveOn(event), recorded, recorded.migration()));
        }
        if (event instanceof FindingRow finding) {
            listOf(findings, finding.taxCode()).add(HistoryFold.dated(finding.effectiveOn(), recorded,
                    Finding.of(finding.officialMembersEmployed12Months() >= 3, finding.tradeUnion())));
        } else if (event instanceof PartyOrganizationEstablished established) {
            listOf(organizations, established.enterpriseTaxCode()).add(HistoryFold.dated(established.effectiveOn(),
                    recorded, established.partyOrganizationId()));
            listOf(memberChanges, established.partyOrganizationId()).add(HistoryFold.dated(established.effectiveOn(),
                    recorded, new MemberDelta(established.officialMembers(), established.probationaryMembers(), 0, 0)));
            superiors.put(established.partyOrganizationId(), established.issuingCommittee());
            if (established.kind() != null || established.superiorCommitteeUnitId() != null) {
                listOf(affiliations, established.partyOrganizationId()).add(HistoryFold.dated(
                        established.effectiveOn(), recorded,
                        new Affiliation(established.kind(), established.superiorCommitteeUnitId())));
            }
        } else if (event instanceof ExistingPartyOrganizationRecorded existing) {
            listOf(organizations, existing.enterpriseTaxCode()).add(HistoryFold.dated(existing.effectiveOn(),
                    recorded, existing.partyOrganizationId()));
            listOf(memberChanges, existing.partyOrganizationId()).add(HistoryFold.dated(existing.effectiveOn(),
                    recorded, new MemberDelta(existing.officialMembers(), existing.probationaryMembers(), 0, 0)));
            listOf(affiliations, existing.partyOrganizationId()).add(HistoryFold.dated(existing.effectiveOn(),
                    recorded, new Affiliation(existing.kind(), existing.superiorCommitteeUnitId())));
        } else if (event instanceof PartyOrganizationAffiliationChanged changed) {
            listOf(affiliations, changed.partyOrganizationId()).add(HistoryFold.dated(changed.effectiveOn(),
                    recorded, new Affiliation(changed.kind(), changed.superiorCommitteeUnitId())));
        } else if (event instanceof MembersTransferredIn in) {
            listOf(memberChanges, in.partyOrganizationId()).add(HistoryFold.dated(in.effectiveOn(), recorded,
                    in.temporary() ? new MemberDelta(0, 0, 0, in.members()) : new MemberDelta(in.members(), 0, 0, 0)));
        } else if (event instanceof MembersTransferredOut out && !out.temporary()) {
            listOf(memberChanges, out.partyOrganizationId()).add(HistoryFold.dated(out.effectiveOn(), recorded,
                    new MemberDelta(0, 0, out.members(), 0)));
        } else if (event instanceof ProbationaryMembersRecognized recognized) {
            listOf(memberChanges, recognized.partyOrganizationId()).add(HistoryFold.dated(recognized.effectiveOn(),
                    recorded, new MemberDelta(recognized.members(), -recognized.members(), 0, 0)));
        } else if (event instanceof MembersLeft left) {
            MemberDelta delta = switch (left.status()) {
                case OFFICIAL -> new MemberDelta(-left.members(), 0, 0, 0);
                case PROBATIONARY -> new MemberDelta(0, -left.members(), 0, 0);
                case TEMPORARY -> new MemberDelta(0, 0, 0, -left.members());
            };
            listOf(memberChanges, left.partyOrganizationId()).add(HistoryFold.dated(left.effectiveOn(), recorded,
                    delta));
            listOf(exits, left.partyOrganizationId()).add(HistoryFold.dated(left.effectiveOn(), recorded,
                    Map.entry(left.reason(), left.members())));
        } else if (event instanceof MembersReceived received) {
            listOf(memberChanges, received.partyOrganizationId()).add(HistoryFold.dated(received.effectiveOn(),
                    recorded, MemberDelta.of(received.members(), 1)));
        } else if (event instanceof PartyOrganizationMerged merged) {
            listOf(closures, merged.partyOrganizationId()).add(HistoryFold.dated(merged.effectiveOn(), recorded, null));
        } else if (event instanceof PartyOrganizationDissolved dissolved) {
            listOf(closures, dissolved.partyOrganizationId()).add(HistoryFold.dated(dissolved.effectiveOn(), recorded,
                    null));
        } else if (event instanceof EnterpriseRegistered registered) {
            registered(registered.taxCode(), registered.profile(), registered.effectiveOn(), recorded);
        } else if (event instanceof EnterpriseChanged changed) {
            registered(changed.taxCode(), changed.profile(), changed.effectiveOn(), recorded);
        } else if (event instanceof EnterpriseCeased ceased) {
            listOf(registry, ceased.taxCode()).add(HistoryFold.dated(ceased.effectiveOn(), recorded,
                    new Registered(false, true, null, null, 0)));
        } else if (event instanceof SocioPoliticalOrganizationFounded founded) {
            if (founded.kind() == SocioPoliticalOrganizationKind.TRADE_UNION) {
                listOf(tradeUnions, founded.taxCode()).add(HistoryFold.dated(founded.effectiveOn(), recorded, true));
            }
            socioPolitical(founded.kind(), founded.taxCode(), founded.effectiveOn(), recorded, founded.members());
        } else if (event instanceof SocioPoliticalOrganizationMembersChanged changed) {
            socioPolitical(changed.kind(), changed.taxCode(), changed.effectiveOn(), recorded, changed.members());
        } else if (event instanceof SocioPoliticalOrganizationDissolved dissolved) {
            if (dissolved.kind() == SocioPoliticalOrganizationKind.TRADE_UNION) {
                listOf(tradeUnions, dissolved.taxCode()).add(HistoryFold.dated(dissolved.effectiveOn(), recorded,
                        false));
            }
            socioPolitical(dissolved.kind(), dissolved.taxCode(), dissolved.effectiveOn(), recorded, null);
        } else if (event instanceof CandidateAdmitted candidate) {
            listOf(candidateAdmissions, candidate.enterpriseTaxCode()).add(HistoryFold.dated(candidate.effectiveOn(),
                    recorded, candidate.category()));
        } else if (event instanceof NewMembersAdmitted admitted) {
            listOf(admissions, admitted.partyOrganizationId()).add(HistoryFold.dated(admitted.effectiveOn(),
                    recorded, admitted.admitted()));
            listOf(memberChanges, admitted.partyOrganizationId()).add(HistoryFold.dated(admitted.effectiveOn(),
                    recorded, new MemberDelta(0, admitted.admitted(), 0, 0)));
        }
    }

    private void registered(String taxCode, EnterpriseProfile profile, LocalDate on, EventHistory.Recorded recorded) {
        listOf(registry, taxCode).add(HistoryFold.dated(on, recorded,
                new Registered(profile.status() == OperatingStatus.OPERATING, false, profile.communeUnitId(),
                        profile.zone(), profile.workers())));
    }

    private void socioPolitical(SocioPoliticalOrganizationKind kind, String taxCode, LocalDate on,
                                EventHistory.Recorded recorded, Integer members) {
        listOf(socioPolitical.computeIfAbsent(kind, k -> new HashMap<>()), taxCode)
                .add(HistoryFold.dated(on, recorded, members));
    }

    void establishmentOpened(String taskId, String taxCode) {
        establishmentTaxCodes.put(taskId, taxCode);
    }

    void establishmentAbandoned(String taskId, boolean enterpriseDissolved, Dated<Void> abandoned) {
        String taxCode = establishmentTaxCodes.get(taskId);
        if (enterpriseDissolved && taxCode != null) {
            listOf(dissolutions, taxCode).add(abandoned);
        }
    }

    /**
     * I1-I4 at the cut; admissions count from {@code admissionsFrom} to the cut's date. Every
     * enterprise known by a finding, a Party organization or the registry counts once; the counts
     * are sums, so the enterprises are taken as the maps hold them, not sorted (sorting the
     * province's tax codes at every cut was a tenth of assembling a report).
     */
    Counts countAt(Cut cut, LocalDate admissionsFrom) {
        long[] numerators = new long[4];
        long[] denominators = new long[4];
        for (Map.Entry<String, List<Dated<Finding>>> surveyed : findings.entrySet()) {
            countAt(surveyed.getKey(), surveyed.getValue(), cut, admissionsFrom, numerators, denominators);
        }
        for (String taxCode : organizations.keySet()) {
            if (!findings.containsKey(taxCode)) {
                countAt(taxCode, List.of(), cut, admissionsFrom, numerators, denominators);
            }
        }
        for (String taxCode : registry.keySet()) {
            if (!findings.containsKey(taxCode) && !organizations.containsKey(taxCode)) {
                countAt(taxCode, List.of(), cut, admissionsFrom, numerators, denominators);
            }
        }
        return new Counts(numerators, denominators);
    }

    /** One enterprise's share of I1-I4 at the cut, its findings given. */
    private void countAt(String taxCode, List<Dated<Finding>> findingsOf, Cut cut, LocalDate admissionsFrom,
                         long[] numerators, long[] denominators) {
        Optional<Dated<Finding>> finding = Dated.lastEffective(findingsOf, cut);
        Optional<Dated<String>> organization = organizationAt(taxCode, cut);
        Optional<Dated<Void>> dissolved = Dated.lastEffective(dissolutions.getOrDefault(taxCode, List.of()), cut);
        Optional<Dated<Registered>> registered = Dated.lastEffective(registry.getOrDefault(taxCode, List.of()), cut);
        boolean ceased = registered.map(entry -> entry.value().ceased()).orElseGet(() -> dissolved.isPresent()
                && (finding.isEmpty() || !finding.get().effectiveOn().isAfter(dissolved.get().effectiveOn())));
        boolean operatingKnown = registered.map(entry -> entry.value().operating())
                .orElse(finding.isPresent() && !ceased);
        boolean hasOrganization = organization.isPresent();
        if (operatingKnown) {
            count(numerators, denominators, 0, hasOrganization);
            if (finding.isPresent() && finding.get().value().threeQualifyingMembers()) {
                count(numerators, denominators, 1, hasOrganization);
            }
            boolean tradeUnion = Dated.lastEffective(tradeUnions.getOrDefault(taxCode, List.of()), cut)
                    .map(Dated::value)
                    .orElse(finding.isPresent() && finding.get().value().tradeUnion());
            if (tradeUnion) {
                count(numerators, denominators, 2, hasOrganization);
            }
        }
        if (hasOrganization && !ceased) {
            count(numerators, denominators, 3, admitted(organization.get().value(), cut, admissionsFrom));
        }
    }

    /**
     * The enterprise sector at the cut, as recorded: operating enterprises of the registry, their
     * workers and those with a Party organization (by commune or ward as named at the cut, and by
     * zone), socio-political organizations (of enterprises not ceased) and members by kind, Party
     * organizations in enterprises by kind and by directly superior committee (the unit recorded,
     * named as at the cut; else the committee an establishment decision names), their members, and admissions from {@code from}. A figure nothing was
     * recorded for is null ("chưa có số liệu"), never 0: the registry empty, a kind of organization
     * never recorded, no Party organization known. An organization whose kind was not recorded is
     * counted as not classified, never guessed. Categories of those admitted come from admitted
     * candidates (member development), with owners and managers together as point 7 asks.
     */
    YearlyReport.Sector sectorAt(Cut cut, LocalDate from, java.util.function.Function<String, String> unitName) {
        long enterprises = 0;
        long workers = 0;
        boolean registryKnown = false;
        Map<String, long[]> byLocality = new java.util.TreeMap<>();
        Map<String, long[]> byZone = new java.util.TreeMap<>();
        for (Map.Entry<String, List<Dated<Registered>>> entry : registry.entrySet()) {
            Optional<Dated<Registered>> last = Dated.lastEffective(entry.getValue(), cut);
            if (last.isEmpty()) {
                continue;
            }
            registryKnown = true;
            Registered registered = last.get().value();
            if (!registered.operating() || registered.ceased()) {
                continue;
            }
            enterprises++;
            workers += registered.workers();
            boolean organized = organizationAt(entry.getKey(), cut).isPresent();
            add(byLocality, registered.communeUnitId() == null ? "Chưa xác định xã, phường"
                    : unitName.apply(registered.communeUnitId()), registered.workers(), organized);
            add(byZone, registered.zone() == null || registered.zone().isBlank() ? "Ngoài khu, cụm công nghiệp"
                    : registered.zone(), registered.workers(), organized);
        }
        List<YearlyReport.SocioPolitical> organizationsByKind = new ArrayList<>();
        for (SocioPoliticalOrganizationKind kind : SocioPoliticalOrganizationKind.values()) {
            Map<String, List<Dated<Integer>>> ofKind = socioPolitical.getOrDefault(kind, Map.of());
            boolean known = false;
            long count = 0;
            long members = 0;
            for (Map.Entry<String, List<Dated<Integer>>> changes : ofKind.entrySet()) {
                Optional<Dated<Integer>> last = Dated.lastEffective(changes.getValue(), cut);
                if (last.isPresent()) {
                    known = true;
                    // an enterprise that ceased takes its organizations with it, whether or not dissolved
                    if (last.get().value() != null && !ceased(changes.getKey(), cut)) {
                        count++;
                        members += last.get().value();
                    }
                }
            }
            organizationsByKind.add(new YearlyReport.SocioPolitical(kind.name(), SOCIO_POLITICAL_LABELS.get(kind),
                    known ? count : null, known ? members : null));
        }
        boolean organizationsKnown = false;
        long partyOrganizations = 0;
        long partyMembers = 0;
        long admitted = 0;
        Map<String, Long> bySuperior = new java.util.TreeMap<>();
        long superiorUnknown = 0;
        Map<PartyOrganizationKind, Long> byKind = new java.util.EnumMap<>(PartyOrganizationKind.class);
        long kindUnknown = 0;
        long[] byStatus = new long[3];
        Map<ExitReason, Long> exitsByReason = new java.util.EnumMap<>(ExitReason.class);
        for (Map.Entry<String, List<Dated<String>>> entry : organizations.entrySet()) {
            if (Dated.firstEffective(entry.getValue(), cut).isEmpty()) {
                continue;
            }
            organizationsKnown = true;
            Optional<Dated<String>> organization = organizationAt(entry.getKey(), cut);
            if (organization.isEmpty()) {
                continue;
            }
            if (ceased(entry.getKey(), cut)) {
                continue;
            }
            String id = organization.get().value();
            partyOrganizations++;
            Affiliation affiliation = Dated.lastEffective(affiliations.getOrDefault(id, List.of()), cut)
                    .map(Dated::value).orElse(new Affiliation(null, null));
            if (affiliation.kind() == null) {
                kindUnknown++;
            } else {
                byKind.merge(affiliation.kind(), 1L, Long::sum);
            }
            String superior = affiliation.superiorCommitteeUnitId() != null
                    ? unitName.apply(affiliation.superiorCommitteeUnitId()) : superiors.get(id);
            if (superior == null) {
                superiorUnknown++;
            } else {
                bySuperior.merge(superior, 1L, Long::sum);
            }
            long[] sums = new long[4];
            for (Dated<MemberDelta> change : memberChanges.getOrDefault(id, List.of())) {
                if (cut.sees(change)) {
                    sums[0] += change.value().official();
                    sums[1] += change.value().probationary();
                    sums[2] += change.value().transferredOut();
                    sums[3] += change.value().temporary();
                }
            }
            long official = MemberCounts.officialAfterTransfersOut(sums[0], sums[2]);
            long probationary = MemberCounts.probationaryAfterTransfersOut(sums[0], sums[1], sums[2]);
            partyMembers += official + probationary;
            byStatus[0] += official;
            byStatus[1] += probationary;
            byStatus[2] += sums[3];
            for (Dated<Map.Entry<ExitReason, Integer>> exit : exits.getOrDefault(id, List.of())) {
                if (cut.sees(exit) && !exit.effectiveOn().isBefore(from)) {
                    exitsByReason.merge(exit.value().getKey(), (long) exit.value().getValue(), Long::sum);
                }
            }
            for (Dated<Integer> admission : admissions.getOrDefault(id, List.of())) {
                if (cut.sees(admission) && !admission.effectiveOn().isBefore(from)) {
                    admitted += admission.value();
                }
            }
        }
        List<YearlyReport.Count> superiorRows = new ArrayList<>();
        List<YearlyReport.Count> kindRows = new ArrayList<>();
        if (organizationsKnown) {
            PARTY_ORGANIZATION_KINDS.forEach(kind ->
                    kindRows.add(new YearlyReport.Count(kindLabel(kind), byKind.getOrDefault(kind, 0L))));
            if (kindUnknown > 0) {
                kindRows.add(new YearlyReport.Count(NOT_CLASSIFIED, kindUnknown));
            }
        } else {
            PARTY_ORGANIZATION_KINDS.forEach(kind -> kindRows.add(new YearlyReport.Count(kindLabel(kind), null)));
        }
        if (organizationsKnown) {
            bySuperior.forEach((name, count) -> superiorRows.add(new YearlyReport.Count(name, count)));
            if (superiorUnknown > 0) {
                superiorRows.add(new YearlyReport.Count("Chưa ghi nhận cấp ủy cấp trên trực tiếp", superiorUnknown));
            }
        }
        Map<CandidateCategory, Long> byCategory = admittedByCategory(cut, from);
        return new YearlyReport.Sector(registryKnown ? enterprises : null, registryKnown ? workers : null,
                totals(byLocality), totals(byZone), organizationsByKind, organizationsKnown ? partyOrganizations : null,
                kindRows, superiorRows, organizationsKnown ? partyMembers : null, organizationsKnown ? admitted : null,
                categoryRows(byCategory), AdmissionsByCategory.ownersAndManagers(byCategory),
                statusRows(organizationsKnown, byStatus), exitRows(organizationsKnown, exitsByReason),
                migratedFrom(cut));
    }

    /**
     * The enterprise's Party organization at the cut: the first to come into being among those not
     * closed (merged into another, dissolved) by then, so one closed and followed by a new one
     * gives way to it.
     */
    private Optional<Dated<String>> organizationAt(String taxCode, Cut cut) {
        Dated<String> first = null;
        for (Dated<String> organization : organizations.getOrDefault(taxCode, List.of())) {
            if (!cut.sees(organization)
                    || Dated.lastEffective(closures.getOrDefault(organization.value(), List.of()), cut).isPresent()) {
                continue;
            }
            if (first == null || organization.effectiveOn().isBefore(first.effectiveOn())
                    || organization.effectiveOn().equals(first.effectiveOn()) && organization.index() < first.index()) {
                first = organization;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Official, probationary, temporary (not in the total): null while no organization is known. */
    private static List<YearlyReport.Count> statusRows(boolean known, long[] byStatus) {
        List<String> labels = List.of("Đảng viên chính thức", "Đảng viên dự bị",
                "Đảng viên sinh hoạt tạm thời (không tính vào tổng)");
        List<YearlyReport.Count> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new YearlyReport.Count(labels.get(i), known ? byStatus[i] : null));
        }
        return rows;
    }

    /** Members who left other than by transfer in the period, by reason: null while no organization is known. */
    private static List<YearlyReport.Count> exitRows(boolean known, Map<ExitReason, Long> byReason) {
        List<YearlyReport.Count> rows = new ArrayList<>();
        for (ExitReason reason : ExitReason.values()) {
            rows.add(new YearlyReport.Count(exitLabel(reason), known ? byReason.getOrDefault(reason, 0L) : null));
        }
        return rows;
    }

    static String exitLabel(ExitReason reason) {
        return switch (reason) {
            case DEATH -> "Từ trần";
            case REMOVAL_FROM_ROLLS -> "Xóa tên";
            case EXPULSION -> "Khai trừ";
            case LEAVING_ON_REQUEST -> "Xin ra khỏi Đảng";
        };
    }

        /**
     * The migrations with facts the cut sees (effective by its date, first recorded before its moment),
     * in the order they were confirmed: by when their first fact was stored, then as the history read
     * them (two confirmed within one moment keep the store's order).
     */
    private List<YearlyReport.MigratedFrom> migratedFrom(Cut cut) {
        Map<String, Long> facts = new java.util.LinkedHashMap<>();
        Map<String, MigratedFact> first = new HashMap<>();
        for (Dated<MigratedFact> fact : migrated) {
            if (cut.sees(fact)) {
                facts.merge(fact.value().importJobId(), 1L, Long::sum);
                first.merge(fact.value().importJobId(), fact.value(),
                        (known, other) -> other.storedAtMillis() < known.storedAtMillis() ? other : known);
            }
        }
        return facts.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong(job -> first.get(job.getKey()).storedAtMillis()))
                .map(job -> {
                    MigratedFact earliest = first.get(job.getKey());
                    return new YearlyReport.MigratedFrom(earliest.source(), job.getKey(), earliest.confirmedBy(),
                            earliest.storedOn(), job.getValue());
                })
                .toList();
    }

    /** When a fact a migration can bring in took effect (a Party organization's founding for one recorded anew). */
    private static LocalDate effectiveOn(Object event) {
        if (event instanceof EnterpriseRegistered registered) {
            return registered.effectiveOn();
        } else if (event instanceof EnterpriseChanged changed) {
            return changed.effectiveOn();
        } else if (event instanceof EnterpriseCeased ceased) {
            return ceased.effectiveOn();
        } else if (event instanceof ExistingPartyOrganizationRecorded existing) {
            return existing.effectiveOn();
        } else if (event instanceof PartyOrganizationAffiliationChanged changed) {
            return changed.effectiveOn();
        } else if (event instanceof SocioPoliticalOrganizationFounded founded) {
            return founded.effectiveOn();
        } else if (event instanceof NewMembersAdmitted admitted) {
            return admitted.effectiveOn();
        }
        // a kind of fact no migration brings in yet: counted as soon as it is known
        return LocalDate.MIN;
    }

    /**
     * Candidates admitted from {@code from} to the cut, by category, in enterprises not ceased at the
     * cut (as the admissions total counts them); null while no admitted candidate is known by the cut
     * at all: bare admission counts say nothing of categories, so old histories read "chưa có số liệu".
     */
    private Map<CandidateCategory, Long> admittedByCategory(Cut cut, LocalDate from) {
        Map<CandidateCategory, Long> counts = new java.util.EnumMap<>(CandidateCategory.class);
        boolean known = false;
        for (Map.Entry<String, List<Dated<CandidateCategory>>> entry : candidateAdmissions.entrySet()) {
            for (Dated<CandidateCategory> admission : entry.getValue()) {
                if (!cut.sees(admission)) {
                    continue;
                }
                known = true;
                if (!admission.effectiveOn().isBefore(from) && !ceased(entry.getKey(), cut)) {
                    counts.merge(admission.value(), 1L, Long::sum);
                }
            }
        }
        return AdmissionsByCategory.of(known, counts);
    }

    /** The four categories points 4 and 7 ask about, then the others once categories are known at all. */
    private static List<YearlyReport.Count> categoryRows(Map<CandidateCategory, Long> byCategory) {
        List<YearlyReport.Count> rows = new ArrayList<>();
        for (CandidateCategory category : AdmissionsByCategory.ORDER) {
            if (category != CandidateCategory.OTHER || byCategory != null) {
                rows.add(new YearlyReport.Count(AdmissionsByCategory.label(category),
                        byCategory == null ? null : byCategory.get(category)));
            }
        }
        return rows;
    }

    static final Map<SocioPoliticalOrganizationKind, String> SOCIO_POLITICAL_LABELS = Map.of(
            SocioPoliticalOrganizationKind.TRADE_UNION, "Công đoàn cơ sở",
            SocioPoliticalOrganizationKind.YOUTH_UNION, "Đoàn Thanh niên (chi đoàn, đoàn cơ sở)",
            SocioPoliticalOrganizationKind.WOMENS_UNION, "Chi hội phụ nữ",
            SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION, "Chi hội cựu chiến binh");
    /** The kinds the Party Charter knows, in the order reports list them. */
    static final List<PartyOrganizationKind> PARTY_ORGANIZATION_KINDS = List.of(
            PartyOrganizationKind.GRASSROOTS_COMMITTEE, PartyOrganizationKind.GRASSROOTS_CELL,
            PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE);
    /** Organizations whose kind was not recorded: counted apart, never guessed. */
    static final String NOT_CLASSIFIED = "Chưa phân loại";

    static String kindLabel(PartyOrganizationKind kind) {
        return switch (kind) {
            case GRASSROOTS_COMMITTEE -> "Đảng bộ cơ sở";
            case GRASSROOTS_CELL -> "Chi bộ cơ sở";
            case CELL_UNDER_GRASSROOTS_COMMITTEE -> "Chi bộ trực thuộc đảng ủy cơ sở";
        };
    }

    private static void add(Map<String, long[]> totals, String key, int workers, boolean organized) {
        long[] total = totals.computeIfAbsent(key, k -> new long[3]);
        total[0]++;
        total[1] += workers;
        total[2] += organized ? 1 : 0;
    }

    private static List<YearlyReport.Total> totals(Map<String, long[]> totals) {
        return totals.entrySet().stream()
                .map(e -> new YearlyReport.Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Whether the enterprise no longer exists at the cut: by the registry, else by a dissolution learnt from a task. */
    private boolean ceased(String taxCode, Cut cut) {
        Optional<Dated<Finding>> finding = Dated.lastEffective(findings.getOrDefault(taxCode, List.of()), cut);
        Optional<Dated<Void>> dissolved = Dated.lastEffective(dissolutions.getOrDefault(taxCode, List.of()), cut);
        Optional<Dated<Registered>> registered = Dated.lastEffective(registry.getOrDefault(taxCode, List.of()), cut);
        return registered.map(entry -> entry.value().ceased()).orElseGet(() -> dissolved.isPresent()
                && (finding.isEmpty() || !finding.get().effectiveOn().isAfter(dissolved.get().effectiveOn())));
    }

    private boolean admitted(String organizationId, Cut cut, LocalDate from) {
        return admissions.getOrDefault(organizationId, List.of()).stream()
                .anyMatch(admission -> cut.sees(admission) && !admission.effectiveOn().isBefore(from)
                        && admission.value() > 0);
    }

    private static void count(long[] numerators, long[] denominators, int indicator, boolean inNumerator) {
        denominators[indicator]++;
        if (inNumerator) {
            numerators[indicator]++;
        }
    }

    private static <T> List<Dated<T>> listOf(Map<String, List<Dated<T>>> map, String key) {
        return map.computeIfAbsent(key, k -> new ArrayList<>());
    }
}
