package vn.directives.query.enterprise;

import vn.directives.events.survey.Ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the enterprise list is narrowed to, each criterion optional: a text found in the name or
 * at the start of the tax code, the ownership, and the judgements of the picture at the date.
 */
public record EnterpriseFilter(LocalDate at, String text, Ownership ownership, Boolean partyOrganization,
                        Boolean tradeUnion, Boolean operating) {

    /** The WHERE clause over {@code judged} and its parameters; never user text in the SQL itself. */
    Where where() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            String literal = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    record Where(String sql, Map<String, Object> params) {
    }
}
