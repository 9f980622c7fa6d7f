package vn.directives.query.enterprise;

import vn.directives.platform.web.RequestRefused;

import java.util.Locale;
import java.util.Map;

/** How the enterprise list is ordered: {@code field[,asc|desc]}, tax code breaking ties. */
public record EnterpriseSort(String column, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "name",
            "taxCode", "tax_code",
            "workers", "workers",
            "surveyedOn", "surveyed_on",
            "partyOrganizationSince", "party_organization_since");

    public static EnterpriseSort parse(String sort) {
        String[] parts = (sort == null || sort.isBlank() ? "name" : sort).split(",", -1);
        String column = COLUMNS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw RequestRefused.invalid("sort", "one-of",
                    "Sắp xếp (sort) phải có dạng trường[,asc|desc], trường là một trong " + COLUMNS.keySet() + ".",
                    "Sort must be field[,asc|desc], the field one of " + COLUMNS.keySet() + ".");
        }
        return new EnterpriseSort(column, direction.equals("desc"));
    }

    String orderBy() {
        return " ORDER BY " + column + (descending ? " DESC" : " ASC") + " NULLS LAST, tax_code";
    }
}
