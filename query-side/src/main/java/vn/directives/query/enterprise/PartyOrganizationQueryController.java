package vn.directives.query.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A Party organization by its id: where the command side's {@code Location} (recording an existing
 * organization) and {@code Link} (a completed cell establishment) headers point. An organization
 * belongs to one enterprise, so the answer is that enterprise's organization as its picture shows
 * it at the end of {@code at}, with the enterprise's tax code to read the rest of the picture.
 */
@RestController
class PartyOrganizationQueryController {

    /** The organization and the enterprise it belongs to ({@code /api/enterprises/{taxCode}}). */
    record PartyOrganizationDetail(String id, String taxCode, String enterpriseName, LocalDate at,
                                   EnterpriseDetail.PartyOrganizationView partyOrganization) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseDetails details;
    private final ZoneId zone;

    PartyOrganizationQueryController(JdbcClient jdbc, EnterpriseDetails details,
                                     @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.details = details;
        this.zone = zone;
    }

    @GetMapping("/api/party-organizations/{id}")
    PartyOrganizationDetail one(@PathVariable String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate at) {
        LocalDate day = at == null ? LocalDate.now(zone) : at;
        return jdbc.sql("SELECT tax_code FROM query.enterprise_party_organization WHERE party_organization_id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .flatMap(taxCode -> details.of(taxCode, day))
                .filter(enterprise -> enterprise.partyOrganization() != null
                        && enterprise.partyOrganization().id().equals(id))
                .map(enterprise -> new PartyOrganizationDetail(id, enterprise.taxCode(), enterprise.name(), day,
                        enterprise.partyOrganization()))
                .orElseThrow(() -> closedBy(id, day).orElseGet(() -> RequestRefused.notFound(
                        "Không có tổ chức đảng mã " + id + " đến hết ngày " + day + ".",
                        "No Party organization with id " + id + " exists by the end of " + day + ".")));
    }

    /** A merged or dissolved organization is not there any more from that day: the answer says so. */
    private java.util.Optional<RequestRefused> closedBy(String id, LocalDate day) {
        return jdbc.sql("""
                        SELECT closed_on, closed_how FROM query.enterprise_party_organization
                         WHERE party_organization_id = :id AND closed_on <= :day""")
                .param("id", id)
                .param("day", day)
                .query((row, n) -> RequestRefused.notFound(
                        "Tổ chức đảng mã " + id + ("MERGED".equals(row.getString("closed_how"))
                                ? " đã hợp nhất vào tổ chức khác" : " đã giải thể") + " từ ngày "
                                + row.getObject("closed_on", LocalDate.class) + ".",
                        "The Party organization " + id + " was " + ("MERGED".equals(row.getString("closed_how"))
                                ? "merged into another" : "dissolved") + " on "
                                + row.getObject("closed_on", LocalDate.class) + "."))
                .optional();
    }
}
