package vn.directives.command.notices;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.notices.ConcernKind;
import vn.directives.platform.security.SignedInUser;
import vn.directives.platform.web.RequestRefused;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed-in user's notification preferences: {@code GET /api/notification-preferences} shows,
 * for every kind, whether it also comes by e-mail; {@code PUT} replaces the choices (a kind left
 * out is on). Everyone signed in has their own; nobody reads or changes another's.
 */
@RestController
@RequestMapping("/api/notification-preferences")
class NotificationPreferencesController {

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** {@code email}: kind → wanted by e-mail; the in-app inbox always has every kind. */
    record PreferencesView(String userId, Map<String, Boolean> email) {
    }

    record PreferencesRequest(Map<String, Boolean> email) {
    }

    @GetMapping
    PreferencesView read() {
        return view(userId());
    }

    @PutMapping
    @Transactional
    PreferencesView replace(@RequestBody PreferencesRequest request) {
        String userId = userId();
        preferences.replace(userId, choices(request));
        return view(userId);
    }

    private static Map<ConcernKind, Boolean> choices(PreferencesRequest request) {
        if (request == null || request.email() == null) {
            throw RequestRefused.invalid("email", "required",
                    "Cần cho biết loại thông báo nào được gửi qua thư điện tử.",
                    "Say which kinds of notification come by e-mail.");
        }
        Map<ConcernKind, Boolean> choices = new EnumMap<>(ConcernKind.class);
        request.email().forEach((name, wanted) -> {
            ConcernKind kind = ConcernKind.named(name).orElseThrow(() -> RequestRefused.invalid("email." + name,
                    "unknown-kind", "Không có loại thông báo này.", "There is no such kind of notification."));
            if (wanted == null) {
                throw RequestRefused.invalid("email." + name, "required",
                        "Cần chọn có hoặc không gửi thư điện tử.", "Choose e-mail on or off.");
            }
            choices.put(kind, wanted);
        });
        return choices;
    }

    private PreferencesView view(String userId) {
        Map<String, Boolean> email = new LinkedHashMap<>();
        preferences.of(userId).forEach((kind, wanted) -> email.put(kind.name(), wanted));
        return new PreferencesView(userId, email);
    }

    private static String userId() {
        return SignedInUser.current().map(SignedInUser::userId).orElseThrow(() -> new RequestRefused(
                HttpStatus.UNAUTHORIZED, "sign-in-required", null, "Cần đăng nhập.", "Sign in first."));
    }
}
