package vn.directives.command.notices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.platform.notices.ConcernKind;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which kinds of notification a user also wants by e-mail (the inbox has them all). A kind never
 * chosen is on. Kept as a setting of the command side rather than as events: it is the user's own
 * configuration, not a fact of any task's history, and the outbox must read it in the transaction
 * that writes a notice, which only the command side's tables allow.
 */
@Component
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the user wants this kind by e-mail. */
    public boolean emailWanted(String userId, ConcernKind kind) {
        return jdbc.sql("SELECT email FROM command.notification_preference WHERE user_id = :user AND kind = :kind")
                .param("user", userId).param("kind", kind.name()).query(Boolean.class).optional().orElse(true);
    }

    /** Every kind, in the enum's order, with the user's choice. */
    Map<ConcernKind, Boolean> of(String userId) {
        Map<ConcernKind, Boolean> email = new EnumMap<>(ConcernKind.class);
        for (ConcernKind kind : ConcernKind.values()) {
            email.put(kind, true);
        }
        jdbc.sql("SELECT kind, email FROM command.notification_preference WHERE user_id = :user")
                .param("user", userId)
                .query(Choice.class).list()
                .forEach(choice -> ConcernKind.named(choice.kind()).ifPresent(kind -> email.put(kind, choice.email())));
        return email;
    }

    record Choice(String kind, boolean email) {
    }

    /** Replaces the user's choices: a kind not given is on again. */
    void replace(String userId, Map<ConcernKind, Boolean> email) {
        jdbc.sql("DELETE FROM command.notification_preference WHERE user_id = :user").param("user", userId).update();
        Timestamp now = Timestamp.from(clock.instant());
        email.forEach((kind, wanted) -> jdbc.sql("""
                        INSERT INTO command.notification_preference (user_id, kind, email, changed_at)
                        VALUES (:user, :kind, :email, :now)""")
                .param("user", userId).param("kind", kind.name()).param("email", wanted).param("now", now)
                .update());
    }
}
