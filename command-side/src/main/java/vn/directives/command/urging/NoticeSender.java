package vn.directives.command.urging;

import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.events.urging.NoticeRecipient;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the notices of the outbox, outside any command transaction, and retries with backoff.
 * Each round claims due notices in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so two
 * instances never take the same one, and a claim that expires lets another instance take over
 * from a crashed one), sends them over SMTP, then in one transaction marks each sent and records
 * its delivery on the task ({@link RecordNoticeDelivery}: the task's timeline shows it). A failed
 * notice waits 1, 2, 4 … minutes (at most an hour) and is tried again, indefinitely.
 *
 * <p>Addresses are personal data: logs name the notice, the recipient kind and the member or unit
 * id, and the class of a failure, never the address or the failure's message.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private static final int BATCH = 50;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LAST_RETRY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JavaMailSender mail;
    private final CommandGateway commands;
    private final UrgingSettings settings;
    private final Clock clock;
    private final String from;

    NoticeSender(JdbcClient jdbc, TransactionTemplate transaction, JavaMailSender mail, CommandGateway commands,
                 UrgingSettings settings, Clock clock, @Value("${directives.urging.mail-from}") String from) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mail = mail;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
        this.from = from;
    }

    record Pending(long id, String noticeId, String taskId, NoticeRecipient recipient, String recipientRef,
                   String email, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${directives.urging.send-interval}",
            initialDelayString = "${directives.urging.send-interval}")
    void poll() {
        if (settings.runScheduler()) {
            sendDue();
        }
    }

    /** Sends every notice due now; returns how many were sent. */
    int sendDue() {
        List<Pending> claimed = transaction.execute(status -> claim());
        int sent = 0;
        for (Pending notice : claimed) {
            try {
                send(notice);
            } catch (RuntimeException e) {
                transaction.executeWithoutResult(status -> failed(notice, e));
                continue;
            }
            transaction.executeWithoutResult(status -> delivered(notice));
            sent++;
        }
        return sent;
    }

    private List<Pending> claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE command.urging_notice SET claimed_until = :until, attempts = attempts + 1
                         WHERE id IN (SELECT id FROM command.urging_notice
                                       WHERE sent_at IS NULL AND next_attempt_at <= :now
                                         AND (claimed_until IS NULL OR claimed_until < :now)
                                       ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
                        RETURNING id, notice_id, task_id, recipient, recipient_ref, email, subject, body, attempts""")
                .param("until", Timestamp.from(now.plus(settings.sendClaim())))
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query(Pending.class)
                .list();
    }

    private void send(Pending notice) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(notice.email());
            helper.setSubject(notice.subject());
            helper.setText(notice.body());
            mail.send(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e.getClass().getSimpleName());
        }
    }

    private void delivered(Pending notice) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE command.urging_notice SET sent_at = :now, claimed_until = NULL, last_error = NULL WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", notice.id()).update();
        commands.sendAndWait(new RecordNoticeDelivery(notice.taskId(), notice.noticeId(), notice.recipient(),
                notice.recipientRef(), notice.attempts(), now, LocalDate.ofInstant(now, clock.getZone())));
    }

    private void failed(Pending notice, RuntimeException failure) {
        Duration wait = backoff(notice.attempts());
        String error = failure.getClass().getSimpleName();
        log.warn("Notice {} to {} {} not sent (attempt {}, {}); next try in {}", notice.noticeId(),
                notice.recipient(), notice.recipientRef(), notice.attempts(), error, wait);
        jdbc.sql("""
                        UPDATE command.urging_notice SET next_attempt_at = :next, claimed_until = NULL, last_error = :error
                         WHERE id = :id""")
                .param("next", Timestamp.from(clock.instant().plus(wait)))
                .param("error", error)
                .param("id", notice.id())
                .update();
    }

    /** 1, 2, 4 … minutes after the n-th failed attempt, at most an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 6);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }
}
