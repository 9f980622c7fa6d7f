package vn.directives.query.workspace;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as people in the province read them (dd/MM/yyyy HH:mm, Vietnam's time): templates call
 * {@code ${@dates.time(instant)}}; plain dates use {@code #temporals.format(date, 'dd/MM/yyyy')}.
 */
@Component("dates")
public class Dates {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PROVINCE));
    }

    public String time(OffsetDateTime moment) {
        return moment == null ? "" : time(moment.toInstant());
    }
}
