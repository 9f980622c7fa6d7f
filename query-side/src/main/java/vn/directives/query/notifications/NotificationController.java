package vn.directives.query.notifications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;
import vn.directives.platform.web.RequestRefused;

import java.util.List;

/**
 * A recipient's in-app notifications: {@code GET /api/inboxes/{recipient}/notifications?unread=&limit=}
 * and {@code POST .../{notificationId}/reading} to mark one read. Reading is the recipient's own
 * state, not a fact of the task's history, so it lives beside the list on the query side rather
 * than as an event; being a change, it is a POST to a sub-resource, never a GET. An inbox is its
 * owner's alone: a member's is read by that member, a unit's by its officers, the Organization
 * Committee's by its staff.
 */
@RestController
@RequestMapping("/api/inboxes/{recipient}/notifications")
class NotificationController {

    static final int MAX_LIMIT = 200;

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<NotificationView> list(@PathVariable String recipient, @RequestParam(defaultValue = "false") boolean unread,
                                @RequestParam(defaultValue = "50") int limit) {
        requireOwner(recipient);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestRefused.invalid("limit", "invalid-parameter",
                    "Số thông báo phải từ 1 đến " + MAX_LIMIT + ".", "The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return inbox.list(recipient, unread, limit);
    }

    @PostMapping("/{notificationId}/reading")
    NotificationView read(@PathVariable String recipient, @PathVariable String notificationId) {
        requireOwner(recipient);
        return inbox.markRead(recipient, notificationId).orElseThrow(() -> RequestRefused.notFound(
                "Không có thông báo này trong danh sách của người nhận.",
                "No such notification in this recipient's list."));
    }

    private static void requireOwner(String recipient) {
        boolean owner = SignedInUser.current().map(user -> recipient.equals(user.userId())
                || user.roles().contains(Role.UNIT_OFFICER) && recipient.equals(user.unitId())
                || user.roles().contains(Role.ORGANIZATION_COMMITTEE)
                        && NotificationProjection.ORGANIZATION_COMMITTEE.equals(recipient)).orElse(false);
        if (!owner) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, "not-your-inbox", null,
                    "Chỉ người nhận mới xem được danh sách thông báo này.",
                    "Only the recipient may read this list of notifications.");
        }
    }
}
