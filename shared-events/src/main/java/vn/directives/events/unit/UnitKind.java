package vn.directives.events.unit;

/** What kind of body a unit is; the kinds the follow-up of directives deals with. */
public enum UnitKind {
    /** Đảng ủy xã. */
    COMMUNE,
    /** Đảng ủy phường. */
    WARD,
    /** Huyện ủy, Thị ủy: the district level, abolished on 1/7/2025 (Regulation 294-QĐ/TW). */
    DISTRICT_PARTY_COMMITTEE,
    /** Thành ủy of a city within the province: also the district level, abolished on 1/7/2025. */
    CITY_PARTY_COMMITTEE,
    /** Đảng ủy Khối các cơ quan và doanh nghiệp. */
    PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES,
    /** Đảng ủy các Khu công nghiệp. */
    INDUSTRIAL_ZONES_PARTY_COMMITTEE,
    /** Liên đoàn Lao động tỉnh. */
    LABOUR_FEDERATION,
    /** Tỉnh Đoàn. */
    YOUTH_UNION,
    /** Ban Tổ chức Tỉnh ủy. */
    ORGANIZATION_COMMITTEE,
    OTHER
}
