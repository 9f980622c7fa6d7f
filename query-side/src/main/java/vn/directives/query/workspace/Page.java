package vn.directives.query.workspace;

import vn.directives.platform.security.Role;

import java.util.List;
import java.util.Set;

/**
 * The workspace's main pages: where each lives, the message key of its name in the navigation,
 * and which roles may open it. This one table draws the navigation and guards the pages
 * ({@link PageAccess}), so that a link and its rule cannot disagree.
 */
public enum Page {

    HOME("/", "nav.home", Set.of(Role.values())),
    TASKS("/tasks", "nav.tasks", Roles.READERS),
    /** Opening a task (the task pages' forms): only the Organization Committee opens tasks. */
    NEW_TASK("/tasks/new", "task.new.title", Set.of(Role.ORGANIZATION_COMMITTEE)),
    DIRECTIVES("/directives", "nav.directives", Roles.READERS),
    UNITS("/units", "nav.units", Roles.READERS),
    STEERING_COMMITTEE("/steering-committee", "nav.steering", Roles.READERS),
    ENTERPRISES("/enterprises", "nav.enterprises", Roles.READERS),
    /** Registering directives, units and the Steering Committee's members, and their changes. */
    REGISTRATION("/registration", "nav.registration", Set.of(Role.ORGANIZATION_COMMITTEE)),
    /** The enterprise registry's forms and imports: the Organization Committee keeps the registry. */
    NEW_ENTERPRISE("/enterprises/new", "enterprise.new.title", Set.of(Role.ORGANIZATION_COMMITTEE)),
    ENTERPRISE_IMPORT("/enterprises/imports", "enterprise.import.title", Set.of(Role.ORGANIZATION_COMMITTEE)),
    /** The lists of work the figures call for, each row a link that opens its task: the Organization Committee's. */
    DERIVED_WORK("/enterprises/derived-work", "derived.title", Set.of(Role.ORGANIZATION_COMMITTEE)),
    /** I1–I4 and the sector's totals by commune or ward and by zone. */
    LOCALITY_TOTALS("/enterprises/localities", "localities.title", Roles.READERS),
    AUDIT("/audit", "nav.audit", Set.of(Role.INSPECTOR)),
    /** Account administration (embedded mode). */
    ACCOUNTS("/accounts", "nav.accounts", Set.of(Role.ADMINISTRATOR)),
    /** Report drafts and issued reports (docs/report.md): the Organization Committee's. */
    REPORTS("/reports", "nav.reports", Set.of(Role.ORGANIZATION_COMMITTEE)),
    NOTIFICATIONS("/notifications", "nav.notifications", Set.of(Role.values()));

    private final String path;
    private final String messageKey;
    private final Set<Role> roles;

    Page(String path, String messageKey, Set<Role> roles) {
        this.path = path;
        this.messageKey = messageKey;
        this.roles = roles;
    }

    public String path() {
        return path;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean openTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The page a request path belongs to (the longest matching prefix), if it is a main page. */
    public static java.util.Optional<Page> of(String requestPath) {
        Page found = null;
        for (Page page : values()) {
            boolean matches = page == HOME ? requestPath.equals("/")
                    : requestPath.equals(page.path) || requestPath.startsWith(page.path + "/");
            if (matches && (found == null || page.path.length() > found.path.length())) {
                found = page;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * The pages a user with these roles sees in the navigation, in order. The registry's forms, the
     * derived work and the totals by locality are reached from the enterprises page: as entries of
     * their own they would wrap the navigation.
     */
    public static List<Page> visibleTo(Set<Role> userRoles) {
        return java.util.Arrays.stream(values())
                .filter(page -> page != NEW_ENTERPRISE && page != ENTERPRISE_IMPORT && page != DERIVED_WORK
                        && page != LOCALITY_TOTALS)
                .filter(page -> page.openTo(userRoles)).toList();
    }

    /** The roles that read the business read models, as on the API (the administrator reads none). */
    private static final class Roles {
        static final Set<Role> READERS = Set.of(Role.ORGANIZATION_COMMITTEE, Role.STEERING_MEMBER,
                Role.UNIT_OFFICER, Role.STANDING_COMMITTEE, Role.INSPECTOR);
    }
}
