package vn.directives.command.common;

import org.axonframework.modelling.command.AggregateLifecycle;
import vn.directives.platform.security.Role;

import java.time.LocalDate;

/** The rules and steps every aggregate of the command side shares, written once. */
public final class Rules {

    private Rules() {
    }

    /** Directives, units, the Steering Committee, opening tasks and deciding extensions are the Organization Committee's. */
    public static void requireOrganizationCommittee(CommandContext context) {
        if (!context.hasRole(Role.ORGANIZATION_COMMITTEE)) {
            throw RuleViolation.forbidden("organization-committee-only",
                    "Chỉ Ban Tổ chức Tỉnh ủy được thực hiện thao tác này.",
                    "Only the Organization Committee may do this.");
        }
    }

    /** A text the business needs (a reason, a name): present and not blank. Returns it unchanged. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("required", field, "Trường '" + field + "' không được để trống.",
                    "Field '" + field + "' must not be blank.");
        }
        return value;
    }

    /** A fact cannot have happened after the day it is recorded. */
    public static void requireNotInFuture(LocalDate on, String field, CommandContext context) {
        if (on.isAfter(context.today())) {
            throw RuleViolation.invalid("not-in-future", field, "Ngày không được ở tương lai.",
                    "The date cannot be in the future.");
        }
    }

    /**
     * The effective date of a change to a record kept over time (a unit, a member, a directive):
     * today when not given; not in the future; not before the last change.
     */
    public static LocalDate effectiveDate(LocalDate given, LocalDate lastChangeOn, CommandContext context) {
        LocalDate on = given == null ? context.today() : given;
        requireNotInFuture(on, "effectiveOn", context);
        if (on.isBefore(lastChangeOn)) {
            throw RuleViolation.invalid("not-before-last-change", "effectiveOn",
                    "Ngày hiệu lực không được trước lần thay đổi gần nhất (" + lastChangeOn + ").",
                    "The effective date cannot precede the last change (" + lastChangeOn + ").");
        }
        return on;
    }

    /** Applies an event to the aggregate handling the command and returns its version after it (the next ETag). */
    public static long record(Object event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion();
    }
}
