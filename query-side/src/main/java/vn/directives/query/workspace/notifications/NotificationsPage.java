package vn.directives.query.workspace.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.directives.platform.notices.ConcernKind;
import vn.directives.platform.security.SignedInUser;
import vn.directives.query.notifications.Inbox;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;
import vn.directives.query.workspace.Header;
import vn.directives.query.workspace.PageNotFound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in user's inbox (their own, their unit's or the Organization Committee's, see
 * {@link Header#inboxOf}), newest first, and their choice of e-mail per kind of notification.
 * Marking one read is a form: htmx posts it and swaps in the row as read; without script the form
 * posts and the page comes back. The choices are kept by the command side (its outbox reads them):
 * the page reads and replaces them there as the signed-in user, and shows a refusal beside the
 * choices (post, redirect, get).
 */
@Controller
class NotificationsPage {

    static final String PREFERENCES = "/api/notification-preferences";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationsPage.class);
    private static final int SHOWN = 100;

    private final Inbox inbox;
    private final CommandSide commandSide;

    NotificationsPage(Inbox inbox, CommandSide commandSide) {
        this.inbox = inbox;
        this.commandSide = commandSide;
    }

    /** One kind of notification as the form shows it: its name and whether it comes by e-mail. */
    record Choice(String kind, boolean email) {
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        String recipient = Header.inboxOf(SignedInUser.current().orElseThrow());
        model.addAttribute("notifications", inbox.list(recipient, false, SHOWN));
        List<Choice> choices = choices();
        // the choices could not be read: the page says so rather than leaving the form out unexplained
        model.addAttribute("preferencesUnavailable", choices == null);
        model.addAttribute("choices", choices == null ? List.of() : choices);
        return "notifications/inbox";
    }

    @PostMapping("/notifications/preferences")
    String choose(@RequestParam(name = "email", required = false) List<String> email, RedirectAttributes flash,
                  Locale locale) {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        for (ConcernKind kind : ConcernKind.values()) {
            chosen.put(kind.name(), false);
        }
        if (email != null) {
            email.forEach(kind -> chosen.put(kind, true));
        }
        CommandOutcome outcome = commandSide.replace(PREFERENCES, Map.of("email", chosen));
        if (outcome.accepted()) {
            flash.addFlashAttribute("preferencesSaved", true);
        } else {
            flash.addFlashAttribute("preferencesError", message(outcome, locale));
        }
        return "redirect:/notifications#preferences";
    }

    @PostMapping("/notifications/{notificationId}/reading")
    String read(@PathVariable String notificationId, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        String recipient = Header.inboxOf(SignedInUser.current().orElseThrow());
        var read = inbox.markRead(recipient, notificationId).orElseThrow(() -> new PageNotFound("notification"));
        if (htmx == null) {
            return "redirect:/notifications";
        }
        model.addAttribute("n", read);
        return "notifications/inbox :: row";
    }

    /** The refusal in the page's language (the problem carries both; the browser's own may differ). */
    private static String message(CommandOutcome outcome, Locale locale) {
        var error = outcome.body().path("errors").path(0);
        return "en".equals(locale.getLanguage()) ? error.path("message_en").asString("")
                : error.path("message").asString(outcome.body().path("detail").asString(""));
    }

    /**
     * The user's choices as the command side keeps them; null when it cannot be asked now (down, too
     * slow, or answering with an error), which the page says instead of drawing the form.
     */
    private List<Choice> choices() {
        try {
            CommandOutcome outcome = commandSide.read(PREFERENCES);
            if (!outcome.accepted()) {
                LOG.warn("The command side answered {} to reading the notification preferences; the page says they "
                        + "cannot be shown now", outcome.status());
                return null;
            }
            return outcome.body().path("email").properties().stream()
                    .map(entry -> new Choice(entry.getKey(), entry.getValue().asBoolean()))
                    .toList();
        } catch (CommandSide.Unavailable | CommandSide.NotSignedIn e) {
            return null;
        }
    }
}
