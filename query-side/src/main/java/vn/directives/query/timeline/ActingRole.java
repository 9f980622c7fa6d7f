package vn.directives.query.timeline;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The roles a user acts in, as the command side writes them into the metadata {@code role}
 * (comma-separated names), with the names readers know them by.
 */
enum ActingRole {
    ORGANIZATION_COMMITTEE("Ban Tổ chức Tỉnh ủy", "Organization Committee"),
    STEERING_MEMBER("Thành viên Ban Chỉ đạo", "Steering Committee member"),
    UNIT_OFFICER("Cán bộ đơn vị", "Unit officer"),
    STANDING_COMMITTEE("Ban Thường vụ Tỉnh ủy", "Standing Committee"),
    INSPECTOR("Ủy ban Kiểm tra", "Inspection Committee");

    private final String vietnamese;
    private final String english;

    ActingRole(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** "ORGANIZATION_COMMITTEE,STEERING_MEMBER" → "Ban Tổ chức Tỉnh ủy, Thành viên Ban Chỉ đạo"; a name not known here stays as it is. */
    static String label(String roles, Language language) {
        if (roles == null || roles.isBlank()) {
            return null;
        }
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .map(name -> Arrays.stream(values())
                        .filter(role -> role.name().equals(name))
                        .map(role -> language.pick(role.vietnamese, role.english))
                        .findFirst()
                        .orElse(name))
                .collect(Collectors.joining(", "));
    }
}
