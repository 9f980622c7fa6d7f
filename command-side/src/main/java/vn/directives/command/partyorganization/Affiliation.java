package vn.directives.command.partyorganization;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;

/**
 * An organization's kind and its directly superior committee, as recorded; both null for one
 * recorded without them (not classified).
 */
public record Affiliation(PartyOrganizationKind kind, String superiorCommitteeUnitId) {

    static final Affiliation NOT_CLASSIFIED = new Affiliation(null, null);

    /**
     * Both are required, and the committee must be a unit that exists on the date: the one rule of recording
     * an organization, re-affiliating it, and completing the cell establishment that founds it.
     */
    public static Affiliation checked(PartyOrganizationKind kind, String superiorCommitteeUnitId, LocalDate on,
                               UnitDirectory units) {
        if (kind == null) {
            throw RuleViolation.invalid("required", "kind",
                    "Chưa chọn loại tổ chức đảng (chi bộ cơ sở, đảng bộ cơ sở, chi bộ trực thuộc đảng ủy cơ sở).",
                    "The kind of Party organization is required (grassroots cell, grassroots committee, cell under"
                            + " a grassroots committee).");
        }
        String unitId = Rules.requireText(superiorCommitteeUnitId, "superiorCommitteeUnitId");
        if (!units.isActive(unitId, on)) {
            throw RuleViolation.invalid("unknown-superior-committee", "superiorCommitteeUnitId",
                    "Cấp ủy cấp trên trực tiếp " + unitId + " không phải một đơn vị đang tồn tại vào ngày " + on + ".",
                    "The superior committee " + unitId + " is not a unit that exists on " + on + ".");
        }
        return new Affiliation(kind, unitId);
    }
}
