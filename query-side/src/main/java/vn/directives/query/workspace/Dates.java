package vn.directives.query.workspace;

import org.springframework.stereotype.Component;
import vn.directives.query.taskboard.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as people in the province read them (dd/MM/yyyy HH:mm, Vietnam's time): templates call
 * {@code ${@dates.time(instant)}}; plain dates use {@code #temporals.format(date, 'dd/MM/yyyy')}, and
 * date fields {@code ${@dates.input(value)}} (they are text fields typed {@code dd/MM/yyyy}, never the
 * browser's date control, whose format follows the browser's language rather than the page's).
 */
@Component("dates")
public class Dates {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A date as a date field shows it, {@code dd/MM/yyyy}: a {@code LocalDate}, or an ISO date as a
     * link carries it; anything else (what a person typed and the page shows back) as it is.
     */
    public String input(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DAY.format(date);
        }
        String text = value.toString().strip();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate date = QueryParameters.typedDate(text);
            return date == null ? text : DAY.format(date);
        }
        return text;
    }

    /**
     * A date typed in a date field, as the command side takes it (ISO); what is no date at all is
     * sent as typed, for the command side to refuse naming its field. Null stays null.
     */
    public static String iso(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate date = QueryParameters.typedDate(typed);
        return date == null ? typed.strip() : date.toString();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PROVINCE));
    }

    public String time(OffsetDateTime moment) {
        return moment == null ? "" : time(moment.toInstant());
    }
}
