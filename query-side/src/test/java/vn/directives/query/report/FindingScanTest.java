package vn.directives.query.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored survey finding reads the same scanned as parsed by Jackson; what the scan does not
 * expect is left to Jackson, never read differently.
 */
class FindingScanTest {

    /** The frozen event JSON (shared-events' approved-events), as the store holds it. */
    private static final String STORED = """
            {"taskId":"taskId-1","findings":{"taxCode":"taxCode-1","enterpriseName":"enterpriseName-1",\
            "ownership":"PRIVATE","workers":3,"officialMembers":3,"probationaryMembers":3,\
            "membersRegisteredAtResidence":3,"officialMembersEmployed12Months":3,"tradeUnion":true,\
            "tradeUnionMembers":3,"youthUnion":true,"youthUnionMembers":3,"partyOrganizationExists":true,\
            "ownerAttitude":"SUPPORTIVE"},"effectiveOn":"2025-03-14","recordedBy":"recordedBy-1"}""";

    @Test
    void a_stored_finding_is_scanned_to_the_fields_jackson_reads() {
        FindingRow scanned = FindingScan.read(bytes(STORED));

        assertThat(scanned).isEqualTo(new FindingRow("taskId-1", LocalDate.of(2025, 3, 14), "taxCode-1", 3, true))
                .isEqualTo(FindingRow.parsed(bytes(STORED)));
    }

    @Test
    void other_layouts_of_the_same_json_are_scanned_alike() {
        String[] variants = {
                // spaces, fields in another order, Vietnamese and escapes in fields the report skips
                """
                {
                  "effectiveOn" : "2024-12-31",
                  "recordedBy" : "Nguyễn \\"Văn\\" An",
                  "findings" : { "ownership" : "PRIVATE", "nested" : {"a" : [1, {"b" : "}]"}]},
                    "tradeUnion" : false, "officialMembersEmployed12Months" : 12, "taxCode" : "0101234567" },
                  "taskId" : "t-2"
                }""",
                "{\"taskId\":\"t-3\",\"findings\":{\"taxCode\":\"42\",\"officialMembersEmployed12Months\":0,"
                        + "\"tradeUnion\":false,\"list\":[],\"empty\":{}},\"effectiveOn\":\"2023-01-01\"}"};
        for (String json : variants) {
            FindingRow scanned = FindingScan.read(bytes(json));
            assertThat(scanned).isNotNull().isEqualTo(FindingRow.parsed(bytes(json)));
        }
    }

    @Test
    void what_the_scan_does_not_expect_is_read_by_jackson() {
        String[] unexpected = {
                STORED.replace("\"taxCode-1\"", "\"tax\\u0043ode-1\""),
                STORED.replace("\"taxCode-1\"", "\"mã-số-thuế-1\""),
                STORED.replace("\"officialMembersEmployed12Months\":3", "\"officialMembersEmployed12Months\":3.0"),
                STORED.replace("\"tradeUnion\":true", "\"tradeUnion\":null"),
                STORED.replace("\"2025-03-14\"", "\"+12025-03-14\""),
                STORED.replace("\"2025-03-14\"", "\"1999-03-14\""),
                STORED.substring(0, STORED.length() - 20)};
        for (String json : unexpected) {
            assertThat(FindingScan.read(bytes(json))).as(json).isNull();
        }
        assertThat(FindingRow.read(bytes(unexpected[0]))).isEqualTo(FindingRow.parsed(bytes(unexpected[0])))
                .extracting(FindingRow::taxCode).isEqualTo("taxCode-1");
        assertThat(FindingRow.read(bytes(unexpected[1])).taxCode()).isEqualTo("mã-số-thuế-1");
        assertThat(FindingRow.read(bytes(unexpected[3])).tradeUnion()).isFalse();
        assertThat(FindingRow.read(bytes(unexpected[5])).effectiveOn()).isEqualTo(LocalDate.of(1999, 3, 14));
        assertThatThrownBy(() -> FindingRow.read(bytes(unexpected[6]))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void findings_of_the_same_day_share_it() {
        assertThat(FindingRow.read(bytes(STORED)).effectiveOn()).isSameAs(FindingRow.read(bytes(STORED)).effectiveOn());
        assertThat(FindingRow.day(2025, 2, 30)).isNull();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
