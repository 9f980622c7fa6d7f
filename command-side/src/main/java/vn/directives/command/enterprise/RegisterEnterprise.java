package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.EnterpriseProfile;

import java.time.LocalDate;

/** Register an enterprise known from the effective date (null: today); {@code importJobId} null when by hand. */
record RegisterEnterprise(String taxCode, EnterpriseProfile profile, String importJobId, LocalDate effectiveOn,
                          CommandContext context) {
}
