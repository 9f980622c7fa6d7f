package vn.directives.command.calendar;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar of the bundled holiday table, whose years an operator's file
 * ({@code directives.calendar.file}, env {@code DIRECTIVES_CALENDAR_FILE}) replaces or extends:
 * the Government announces each year's days off late in the year before. The table in force is
 * also what {@link WorkingCalendarAdoption} records as events at start-up, for the query side.
 */
@Configuration(proxyBeanMethods = false)
class WorkingDayCalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendarConfiguration.class);

    @Bean
    HolidayTableInForce holidayTableInForce(@Value("${directives.calendar.file:}") String overrideFile) {
        HolidayTableInForce holidays = HolidayTableInForce.bundled();
        if (!overrideFile.isBlank()) {
            HolidayTable overrides = HolidayTableReader.read(Path.of(overrideFile));
            log.info("Holiday years {} are taken from {}", overrides.years(), overrideFile);
            holidays = holidays.overriddenBy(overrides, "file:" + overrideFile);
        }
        log.info("Working-day calendar covers years {}, provisional {}", holidays.table().years(),
                holidays.table().provisionalYears());
        return holidays;
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(HolidayTableInForce holidays) {
        return new WorkingDayCalendar(holidays.table());
    }
}
