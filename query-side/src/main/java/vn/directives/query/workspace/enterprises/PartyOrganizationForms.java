package vn.directives.query.workspace.enterprises;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.platform.security.Role;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.FieldType;
import vn.directives.query.workspace.task.FormField;
import vn.directives.query.workspace.task.StepOutcome;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms of an enterprise's Party organization on the enterprise's page: members leaving other
 * than by transfer, a re-affiliation (its kind and directly superior committee from a date), a merger
 * into another organization, a dissolution naming its successors. Their
 * fields are named like the command side's request bodies (docs/party-organizations.md), so that a
 * refusal's {@code field} lands beside its control; the organizations and committees are picked by
 * name. Each form
 * carries the organization's version ({@code If-Match}): a page older than another change is
 * answered 412 with the page as it is now. The command side allows them to the Organization
 * Committee only, and only it sees them.
 */
@Component
class PartyOrganizationForms {

    /** How many successors the dissolution form offers (more through the API). */
    static final int SUCCESSOR_ROWS = 3;
    static final List<String> STATUSES = List.of("official", "probationary", "temporary");

    static final String AFFILIATION = "affiliation";

    private final JdbcClient jdbc;

    PartyOrganizationForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean mayChange(Set<Role> roles) {
        return roles.contains(Role.ORGANIZATION_COMMITTEE);
    }

    /** The four forms, posting to the enterprise's page and coming back to it at the change's position. */
    static List<CommandForm> of(String taxCode, String partyOrganizationId) {
        String base = "/api/party-organizations/" + UriUtils.encodePathSegment(partyOrganizationId,
                StandardCharsets.UTF_8);
        List<FormField> dissolution = new ArrayList<>();
        dissolution.add(FormField.of("reason", FieldType.TEXTAREA).mandatory());
        for (int i = 0; i < SUCCESSOR_ROWS; i++) {
            dissolution.add(FormField.of("successors[" + i + "].partyOrganizationId", FieldType.OTHER_PARTY_ORGANIZATION));
            for (String status : STATUSES) {
                dissolution.add(FormField.of("successors[" + i + "].members." + status, FieldType.NUMBER));
            }
        }
        for (String status : STATUSES) {
            dissolution.add(FormField.of("leaving." + status, FieldType.NUMBER));
        }
        dissolution.add(FormField.effectiveOn());
        return List.of(
                new CommandForm("exit", "partyOrganization.exit", base + "/exits", List.of(
                        FormField.choice("reason", ExitReason.class).mandatory(),
                        FormField.choice("status", MemberStatus.class).mandatory(),
                        FormField.of("members", FieldType.NUMBER).mandatory(),
                        FormField.effectiveOn()),
                        (outcome, body) -> page(taxCode, outcome, "exit")),
                new CommandForm(AFFILIATION, "partyOrganization.affiliation", base + "/affiliations", List.of(
                        FormField.choice("kind", PartyOrganizationKind.class).mandatory(),
                        FormField.of("superiorCommitteeUnitId", FieldType.UNIT).mandatory(),
                        FormField.effectiveOn()),
                        (outcome, body) -> page(taxCode, outcome, AFFILIATION)),
                new CommandForm("merger", "partyOrganization.merger", base + "/merger", List.of(
                        FormField.of("intoPartyOrganizationId", FieldType.OTHER_PARTY_ORGANIZATION).mandatory(),
                        FormField.effectiveOn()),
                        (outcome, body) -> page(taxCode, outcome, "merger")),
                new CommandForm("dissolution", "partyOrganization.dissolution", base + "/dissolution", dissolution,
                        (outcome, body) -> page(taxCode, outcome, "dissolution")));
    }

    /**
     * What the forms show before anything is typed: the re-affiliation starts from the organization's
     * kind as it is (a re-affiliation most often changes the committee only), the committee left to pick.
     */
    static Map<String, MultiValueMap<String, String>> initialValues(String kindCode) {
        MultiValueMap<String, String> affiliation = new LinkedMultiValueMap<>();
        if (kindCode != null && java.util.Arrays.stream(PartyOrganizationKind.values())
                .anyMatch(kind -> kind.name().equals(kindCode))) {
            affiliation.add("kind", kindCode);
        }
        return Map.of(AFFILIATION, affiliation);
    }

    /**
     * The successors' rows as typed, the blank ones left out and the rest moved up in order, so that a
     * second successor typed in the third row is sent, and drawn again, as the second.
     */
    static MultiValueMap<String, String> successorsInOrder(MultiValueMap<String, String> submitted) {
        MultiValueMap<String, String> ordered = new LinkedMultiValueMap<>(submitted);
        int next = 0;
        List<Map<String, List<String>>> rows = new ArrayList<>();
        for (int i = 0; i < SUCCESSOR_ROWS; i++) {
            Map<String, List<String>> row = new java.util.LinkedHashMap<>();
            boolean filled = false;
            for (String property : successorProperties()) {
                String name = "successors[" + i + "]." + property;
                List<String> values = ordered.remove(name);
                row.put(property, values == null ? List.of() : values);
                filled |= values != null && values.stream().anyMatch(value -> value != null && !value.isBlank());
            }
            if (filled) {
                rows.add(row);
            }
        }
        for (Map<String, List<String>> row : rows) {
            int index = next++;
            row.forEach((property, values) -> ordered.put("successors[" + index + "]." + property, values));
        }
        return ordered;
    }

    private static List<String> successorProperties() {
        List<String> properties = new ArrayList<>(List.of("partyOrganizationId"));
        STATUSES.forEach(status -> properties.add("members." + status));
        return properties;
    }

    /**
     * The organization's version as the read models know it: the sequence number of the last event of
     * its stream they applied (every event writes a membership row, an affiliation row, or both).
     */
    long version(String partyOrganizationId) {
        return jdbc.sql("""
                        SELECT coalesce(greatest(
                               (SELECT max(sequence_number) FROM query.party_organization_membership_change
                                 WHERE party_organization_id = :id),
                               (SELECT max(sequence_number) FROM query.party_organization_affiliation
                                 WHERE party_organization_id = :id)), 0)""")
                .param("id", partyOrganizationId)
                .query(Long.class).single();
    }

    /** The enterprise's page after the change, at its event position, saying what was recorded. */
    private static String page(String taxCode, StepOutcome outcome, String done) {
        return "/enterprises/" + UriUtils.encodePathSegment(taxCode, StandardCharsets.UTF_8) + "?done=" + done
                + (outcome.position() == null ? "" : "&position=" + outcome.position());
    }
}
