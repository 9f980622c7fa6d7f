package vn.directives.query.enterprise;

import vn.directives.events.survey.Ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the enterprise list is narrowed to, each criterion optional: a text found in the name or
 * at the start of the tax code, the ownership, the judgements of the picture at the date, and the
 * registry's commune or ward, industrial or cluster zone (text found in it) and presence.
 */
public record EnterpriseFilter(LocalDate at, String text, Ownership ownership, Boolean partyOrganization,
                        Boolean tradeUnion, Boolean operating, String communeUnitId, String zone,
                        Boolean inRegistry) {

    /** The filter of the survey-era criteria only (no commune, zone or registry criterion). */
    public EnterpriseFilter(LocalDate at, String text, Ownership ownership, Boolean partyOrganization,
                            Boolean tradeUnion, Boolean operating) {
        this(at, text, ownership, partyOrganization, tradeUnion, operating, null, null, null);
    }

    /** The WHERE clause over {@code judged} and its parameters; never user text in the SQL itself. */
    Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            String literal = literal(text);
            conditions.add("(tax_code LIKE :taxCodePrefix OR name ILIKE :nameContains)");
            params.put("taxCodePrefix", literal + "%");
            params.put("nameContains", "%" + literal + "%");
        }
        if (ownership != null) {
            conditions.add("ownership = :ownership");
            params.put("ownership", ownership.name());
        }
        if (partyOrganization != null) {
            conditions.add("has_party_organization = :partyOrganization");
            params.put("partyOrganization", partyOrganization);
        }
        if (tradeUnion != null) {
            conditions.add("has_trade_union = :tradeUnion");
            params.put("tradeUnion", tradeUnion);
        }
        if (operating != null) {
            conditions.add("operating_known = :operating");
            params.put("operating", operating);
        }
        if (communeUnitId != null && !communeUnitId.isBlank()) {
            conditions.add("commune_unit_id = :communeUnitId");
            params.put("communeUnitId", communeUnitId.strip());
        }
        if (zone != null && !zone.isBlank()) {
            conditions.add("zone ILIKE :zone");
            params.put("zone", "%" + literal(zone) + "%");
        }
        if (inRegistry != null) {
            conditions.add("in_registry = :inRegistry");
            params.put("inRegistry", inRegistry);
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** The text as a LIKE pattern matches it literally. */
    private static String literal(String text) {
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Where(String sql, Map<String, Object> params) {
    }
}
