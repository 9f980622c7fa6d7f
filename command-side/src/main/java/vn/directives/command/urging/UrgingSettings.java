package vn.directives.command.urging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.directives.events.urging.UrgingPolicy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Urging settings ({@code directives.urging} in command-side.yml, each from an environment
 * variable): the default policy, the hour notices go out, how the scheduler runs, where escalations
 * go and where the task links point.
 *
 * @param runScheduler      whether this instance takes due urging steps (every {@code pollingInterval})
 *                          and sends notices; false on an instance that must not act on its own,
 *                          e.g. one of several started only to answer requests
 * @param organizationCommitteeEmails comma-separated addresses of the Organization Committee
 * @param unitEmails        lead units' addresses: {@code unit=a@x,b@x;other-unit=c@x}; the unit
 *                          {@code *} gives the addresses of every unit not listed (a shared
 *                          mailbox of the units' offices)
 */
@ConfigurationProperties("directives.urging")
record UrgingSettings(int remindWorkingDaysBefore, int escalateAfterWorkingDays, LocalTime sendAt,
                      boolean runScheduler, Duration pollingInterval, Duration sendInterval, Duration sendClaim,
                      String organizationCommitteeEmails, String unitEmails, String taskLinkBase) {

    UrgingPolicy defaultPolicy() {
        return new UrgingPolicy(remindWorkingDaysBefore, escalateAfterWorkingDays);
    }

    List<String> organizationCommittee() {
        return addresses(organizationCommitteeEmails);
    }

    static final String ANY_UNIT = "*";

    /** The addresses escalations of a task led by {@code unitId} go to. */
    List<String> unit(String unitId) {
        Map<String, List<String>> units = units();
        return units.getOrDefault(unitId, units.getOrDefault(ANY_UNIT, List.of()));
    }

    private Map<String, List<String>> units() {
        Map<String, List<String>> units = new LinkedHashMap<>();
        if (unitEmails == null) {
            return units;
        }
        for (String entry : unitEmails.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                units.put(entry.substring(0, equals).trim(), addresses(entry.substring(equals + 1)));
            }
        }
        return units;
    }

    private static List<String> addresses(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }
}
