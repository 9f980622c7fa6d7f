package vn.directives.command.unit;

import vn.directives.events.unit.UnitKind;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static vn.directives.events.unit.UnitKind.*;

/**
 * The kinds of unit each kind may delegate to without being their registered parent: a provincial
 * body (Ban Tổ chức, Liên đoàn Lao động, Tỉnh Đoàn) to the committees of the level below the
 * province (communes and wards, Đảng ủy Khối, Đảng ủy các KCN, and the district and city
 * committees while they existed); a district or city committee to communes and wards. Any unit
 * may also delegate to the units registered under it. Units of kind OTHER have no level.
 */
final class UnitLevels {

    private static final Set<UnitKind> BELOW_PROVINCE = EnumSet.of(COMMUNE, WARD, DISTRICT_PARTY_COMMITTEE,
            CITY_PARTY_COMMITTEE, PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES, INDUSTRIAL_ZONES_PARTY_COMMITTEE);
    private static final Map<UnitKind, Set<UnitKind>> LOWER = Map.of(
            ORGANIZATION_COMMITTEE, BELOW_PROVINCE,
            LABOUR_FEDERATION, BELOW_PROVINCE,
            YOUTH_UNION, BELOW_PROVINCE,
            DISTRICT_PARTY_COMMITTEE, EnumSet.of(COMMUNE, WARD),
            CITY_PARTY_COMMITTEE, EnumSet.of(COMMUNE, WARD));

    private UnitLevels() {
    }

    static boolean isLowerKind(UnitKind kind, UnitKind upperKind) {
        return LOWER.getOrDefault(upperKind, Set.of()).contains(kind);
    }
}
