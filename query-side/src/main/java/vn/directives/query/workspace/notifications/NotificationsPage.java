package vn.directives.query.workspace.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.directives.query.notifications.Inbox;
import vn.directives.platform.security.SignedInUser;
import vn.directives.query.workspace.Header;
import vn.directives.query.workspace.PageNotFound;

/**
 * The signed-in user's inbox (their own, their unit's or the Organization Committee's, see
 * {@link Header#inboxOf}), newest first. Marking one read is a form: htmx posts it and swaps in
 * the row as read; without script the form posts and the page comes back.
 */
@Controller
class NotificationsPage {

    private static final int SHOWN = 100;

    private final Inbox inbox;

    NotificationsPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        String recipient = Header.inboxOf(SignedInUser.current().orElseThrow());
        model.addAttribute("notifications", inbox.list(recipient, false, SHOWN));
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{notificationId}/reading")
    String read(@PathVariable String notificationId, Model model,
                @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false)
                String htmx) {
        String recipient = Header.inboxOf(SignedInUser.current().orElseThrow());
        var read = inbox.markRead(recipient, notificationId).orElseThrow(() -> new PageNotFound("notification"));
        if (htmx == null) {
            return "redirect:/notifications";
        }
        model.addAttribute("n", read);
        return "notifications/inbox :: row";
    }
}
