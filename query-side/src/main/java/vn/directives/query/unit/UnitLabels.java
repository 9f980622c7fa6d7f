package vn.directives.query.unit;

import java.util.Map;

/** What users read for a unit's kind and its standing at a date: Vietnamese first, English beside it. */
public final class UnitLabels {

    private static final Map<String, Label> KINDS = Map.of(
            "COMMUNE", new Label("COMMUNE", "Đảng ủy xã", "Commune Party Committee"),
            "WARD", new Label("WARD", "Đảng ủy phường", "Ward Party Committee"),
            "DISTRICT_PARTY_COMMITTEE", new Label("DISTRICT_PARTY_COMMITTEE", "Huyện ủy, Thị ủy",
                    "District Party Committee"),
            "CITY_PARTY_COMMITTEE", new Label("CITY_PARTY_COMMITTEE", "Thành ủy thành phố thuộc tỉnh",
                    "City Party Committee"),
            "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES", new Label("PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES",
                    "Đảng ủy Khối các cơ quan và doanh nghiệp", "Party Committee of agencies and enterprises"),
            "INDUSTRIAL_ZONES_PARTY_COMMITTEE", new Label("INDUSTRIAL_ZONES_PARTY_COMMITTEE",
                    "Đảng ủy các Khu công nghiệp", "Party Committee of industrial zones"),
            "LABOUR_FEDERATION", new Label("LABOUR_FEDERATION", "Liên đoàn Lao động tỉnh", "Labour Federation"),
            "YOUTH_UNION", new Label("YOUTH_UNION", "Tỉnh Đoàn", "Provincial Youth Union"),
            "ORGANIZATION_COMMITTEE", new Label("ORGANIZATION_COMMITTEE", "Ban Tổ chức Tỉnh ủy",
                    "Organization Committee"),
            "OTHER", new Label("OTHER", "Khác", "Other"));

    private UnitLabels() {
    }

    static Label kind(String code) {
        return code == null ? null : KINDS.getOrDefault(code, new Label(code, code, code));
    }

    /** A code with its Vietnamese and English labels. */
    public record Label(String code, String label, String labelEn) {
    }
}
