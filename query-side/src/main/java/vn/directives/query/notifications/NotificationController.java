package vn.directives.query.notifications;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.query.infrastructure.web.QueryProblem;

import java.util.List;

/**
 * A recipient's in-app notifications: {@code GET /api/inboxes/{recipient}/notifications?unread=&limit=}
 * and {@code POST .../{notificationId}/reading} to mark one read. Reading is the recipient's own
 * state, not a fact of the task's history, so it lives beside the list on the query side rather
 * than as an event; being a change, it is a POST to a sub-resource, never a GET.
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
        if (limit < 1 || limit > MAX_LIMIT) {
            throw QueryProblem.invalidParameter("limit", "invalid-parameter",
                    "Số thông báo phải từ 1 đến " + MAX_LIMIT + ".", "The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return inbox.list(recipient, unread, limit);
    }

    @PostMapping("/{notificationId}/reading")
    NotificationView read(@PathVariable String recipient, @PathVariable String notificationId) {
        return inbox.markRead(recipient, notificationId).orElseThrow(() -> QueryProblem.notFound(
                "Không có thông báo này trong danh sách của người nhận.",
                "No such notification in this recipient's list."));
    }
}
