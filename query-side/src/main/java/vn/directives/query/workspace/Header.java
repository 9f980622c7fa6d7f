package vn.directives.query.workspace;

import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;
import vn.directives.query.notifications.Inbox;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Builds {@link Me} for the layout's header from the signed-in user and the read models. */
@Component
public class Header {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Names names;
    private final Inbox inbox;

    Header(Names names, Inbox inbox) {
        this.names = names;
        this.inbox = inbox;
    }

    public Optional<Me> me() {
        return SignedInUser.current().map(this::of);
    }

    private Me of(SignedInUser user) {
        String name = names.members(List.of(user.userId())).getOrDefault(user.userId(), user.userId());
        String unitName = user.unitId() == null ? null
                : names.units(List.of(user.unitId()), LocalDate.now(PROVINCE)).getOrDefault(user.unitId(), user.unitId());
        List<String> roles = user.roles().stream().sorted().map(role -> "role." + role.name()).toList();
        String recipient = inboxOf(user);
        return new Me(user.userId(), name, roles, unitName, Page.visibleTo(user.roles()), recipient,
                inbox.unreadCount(recipient));
    }

    /**
     * Whose notifications the user reads: the Organization Committee's, their unit's, or their own
     * (a Steering Committee member's user id is their member id).
     */
    public static String inboxOf(SignedInUser user) {
        if (user.roles().contains(Role.ORGANIZATION_COMMITTEE)) {
            return Inbox.ORGANIZATION_COMMITTEE;
        }
        if (user.roles().contains(Role.UNIT_OFFICER) && user.unitId() != null) {
            return user.unitId();
        }
        return user.userId();
    }
}
