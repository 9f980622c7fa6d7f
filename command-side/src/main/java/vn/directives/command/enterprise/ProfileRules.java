package vn.directives.command.enterprise;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.enterprise.EnterpriseProfile;

import java.time.LocalDate;

/** What every profile of an enterprise needs, by hand or from an import, each refusal naming its field. */
final class ProfileRules {

    private ProfileRules() {
    }

    /** The profile with its texts stripped, or the refusal of the first rule it breaks. */
    static EnterpriseProfile checked(EnterpriseProfile profile, LocalDate on, CommuneDirectory communes) {
        String name = Rules.requireText(profile.name(), "name").strip();
        String address = Rules.requireText(profile.address(), "address").strip();
        String commune = Rules.requireText(profile.communeUnitId(), "communeUnitId").strip();
        if (!communes.isCommuneOrWard(commune, on)) {
            throw RuleViolation.invalid("unknown-commune", "communeUnitId",
                    "Không có xã, phường này vào ngày " + on + ".",
                    "No such commune or ward exists on " + on + ".");
        }
        if (profile.ownership() == null) {
            throw required("ownership");
        }
        if (profile.status() == null) {
            throw required("status");
        }
        if (profile.workers() < 0) {
            throw RuleViolation.invalid("not-negative", "workers", "Số lao động không được âm.",
                    "The number of workers cannot be negative.");
        }
        String zone = profile.zone() == null || profile.zone().isBlank() ? null : profile.zone().strip();
        return new EnterpriseProfile(name, address, commune, zone, profile.ownership(), profile.workers(),
                profile.status());
    }

    private static RuleViolation required(String field) {
        return RuleViolation.invalid("required", field, "Trường '" + field + "' không được để trống.",
                "Field '" + field + "' must not be blank.");
    }
}
