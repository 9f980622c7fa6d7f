package vn.directives.events.partyorganization;

/**
 * The kinds of Party organization in an enterprise (Party Charter, art. 21 and 24). The first two
 * are grassroots organizations (tổ chức cơ sở đảng), directly under a committee above the grassroots
 * (a city or district committee before 1/7/2025, Đảng ủy Khối, Đảng ủy các KCN, a commune or ward
 * committee since); the third is a cell under a grassroots committee. Reports count them apart
 * ("7 đảng bộ, chi bộ trực thuộc Thành ủy; 8 chi bộ trực thuộc đảng ủy cơ sở").
 */
public enum PartyOrganizationKind {
    /** Chi bộ cơ sở: a grassroots cell, without cells of its own. */
    GRASSROOTS_CELL,
    /** Đảng bộ cơ sở: a grassroots organization with cells under its committee. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ trực thuộc đảng ủy cơ sở: a cell under a grassroots committee. */
    CELL_UNDER_GRASSROOTS_COMMITTEE
}
