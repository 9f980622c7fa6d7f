package vn.directives.query.report;

import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.SurveyFindingRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    }

    /** What the registry says of an enterprise from a date. */
    record Registered(boolean operating, boolean ceased) {
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

    void apply(Object event, EventHistory.Recorded recorded) {
        if (event instanceof SurveyFindingRecorded finding) {
            EnterpriseFindings found = finding.findings();
            listOf(findings, found.taxCode()).add(HistoryFold.dated(finding.effectiveOn(), recorded,
                    new Finding(found.officialMembersEmployed12Months() >= 3, found.tradeUnion())));
        } else if (event instanceof PartyOrganizationEstablished established) {
            listOf(organizations, established.enterpriseTaxCode()).add(HistoryFold.dated(established.effectiveOn(),
                    recorded, established.partyOrganizationId()));
        } else if (event instanceof ExistingPartyOrganizationRecorded existing) {
            listOf(organizations, existing.enterpriseTaxCode()).add(HistoryFold.dated(existing.effectiveOn(),
                    recorded, existing.partyOrganizationId()));
        } else if (event instanceof EnterpriseRegistered registered) {
            registered(registered.taxCode(), registered.profile(), registered.effectiveOn(), recorded);
        } else if (event instanceof EnterpriseChanged changed) {
            registered(changed.taxCode(), changed.profile(), changed.effectiveOn(), recorded);
        } else if (event instanceof EnterpriseCeased ceased) {
            listOf(registry, ceased.taxCode()).add(HistoryFold.dated(ceased.effectiveOn(), recorded,
                    new Registered(false, true)));
        } else if (event instanceof SocioPoliticalOrganizationFounded founded
                && founded.kind() == SocioPoliticalOrganizationKind.TRADE_UNION) {
            listOf(tradeUnions, founded.taxCode()).add(HistoryFold.dated(founded.effectiveOn(), recorded, true));
        } else if (event instanceof SocioPoliticalOrganizationDissolved dissolved
                && dissolved.kind() == SocioPoliticalOrganizationKind.TRADE_UNION) {
            listOf(tradeUnions, dissolved.taxCode()).add(HistoryFold.dated(dissolved.effectiveOn(), recorded, false));
        } else if (event instanceof NewMembersAdmitted admitted) {
            listOf(admissions, admitted.partyOrganizationId()).add(HistoryFold.dated(admitted.effectiveOn(),
                    recorded, admitted.admitted()));
        }
    }

    private void registered(String taxCode, EnterpriseProfile profile, LocalDate on, EventHistory.Recorded recorded) {
        listOf(registry, taxCode).add(HistoryFold.dated(on, recorded,
                new Registered(profile.status() == OperatingStatus.OPERATING, false)));
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

    /** I1-I4 at the cut; admissions count from {@code admissionsFrom} to the cut's date. */
    Counts countAt(Cut cut, LocalDate admissionsFrom) {
        long[] numerators = new long[4];
        long[] denominators = new long[4];
        Set<String> taxCodes = new TreeSet<>(findings.keySet());
        taxCodes.addAll(organizations.keySet());
        taxCodes.addAll(registry.keySet());
        for (String taxCode : taxCodes) {
            Optional<Dated<Finding>> finding = Dated.lastEffective(findings.getOrDefault(taxCode, List.of()), cut);
            Optional<Dated<String>> organization = Dated.firstEffective(
                    organizations.getOrDefault(taxCode, List.of()), cut);
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
        return new Counts(numerators, denominators);
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
