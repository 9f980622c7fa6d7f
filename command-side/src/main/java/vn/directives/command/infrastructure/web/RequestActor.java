package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Role;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The acting user of a request. Until sign-in lands (issue 6) this is a placeholder taken from
 * headers: {@code X-Actor} (user id, default {@code organization-committee}),
 * {@code X-Actor-Roles} (comma-separated roles, default ORGANIZATION_COMMITTEE) and
 * {@code X-Actor-Unit} (the user's unit, optional). The rules that use it live in the aggregates.
 */
public record RequestActor(String userId, Set<Role> roles, String unitId) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    public static RequestActor of(HttpServletRequest request) {
        String user = safe(request.getHeader("X-Actor"), "organization-committee", "X-Actor");
        String unit = request.getHeader("X-Actor-Unit") == null ? null
                : safe(request.getHeader("X-Actor-Unit"), null, "X-Actor-Unit");
        return new RequestActor(user, roles(request.getHeader("X-Actor-Roles")), unit);
    }

    private static Set<Role> roles(String header) {
        if (header == null || header.isBlank()) {
            return EnumSet.of(Role.ORGANIZATION_COMMITTEE);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : header.split(",")) {
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw RuleViolation.invalid("unknown-role", "X-Actor-Roles", "Vai trò không tồn tại.",
                        "Unknown role.");
            }
        }
        return roles;
    }

    private static String safe(String value, String fallback, String header) {
        if (value == null) {
            return fallback;
        }
        if (!SAFE_ID.matcher(value).matches()) {
            throw RuleViolation.invalid("header-format", header, "Giá trị tiêu đề không hợp lệ.",
                    "Malformed header value.");
        }
        return value;
    }
}
