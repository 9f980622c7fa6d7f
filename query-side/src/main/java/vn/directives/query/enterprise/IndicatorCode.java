package vn.directives.query.enterprise;

/** The four indicators of the directive's targets, with what they divide, in Vietnamese and English. */
public enum IndicatorCode {

    I1("Tỷ lệ doanh nghiệp đang hoạt động có tổ chức đảng",
            "Operating enterprises with a Party organization",
            "Doanh nghiệp có tổ chức đảng / doanh nghiệp đang hoạt động đã nắm được",
            "Enterprises with a Party organization / operating enterprises known"),
    I2("Tỷ lệ doanh nghiệp có từ 3 đảng viên chính thức trở lên đã thành lập tổ chức đảng",
            "Enterprises with 3 or more official members that have a Party organization",
            "Doanh nghiệp có tổ chức đảng / doanh nghiệp có từ 3 đảng viên chính thức làm việc từ 12 tháng trở lên",
            "Enterprises with a Party organization / enterprises with 3 or more official members employed"
                    + " 12 months or more"),
    I3("Tỷ lệ doanh nghiệp có tổ chức công đoàn đã có tổ chức đảng",
            "Enterprises with a trade union that have a Party organization",
            "Doanh nghiệp có tổ chức đảng / doanh nghiệp có tổ chức công đoàn",
            "Enterprises with a Party organization / enterprises with a trade union"),
    I4("Tỷ lệ tổ chức đảng trong doanh nghiệp kết nạp được đảng viên mới trong năm",
            "Party organizations in enterprises that admitted new members during the year",
            "Tổ chức đảng đã kết nạp đảng viên mới trong năm / tổ chức đảng trong doanh nghiệp hiện có",
            "Organizations that admitted at least one new member in the year / Party organizations in"
                    + " enterprises that exist");

    final String label;
    final String labelEn;
    final String definition;
    final String definitionEn;

    IndicatorCode(String label, String labelEn, String definition, String definitionEn) {
        this.label = label;
        this.labelEn = labelEn;
        this.definition = definition;
        this.definitionEn = definitionEn;
    }

    /** What users read: the indicator's name in Vietnamese. */
    public String label() {
        return label;
    }
}
