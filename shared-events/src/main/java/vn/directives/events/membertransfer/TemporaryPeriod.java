package vn.directives.events.membertransfer;

import java.time.LocalDate;

/** The days a temporary transfer covers, both included. */
public record TemporaryPeriod(LocalDate from, LocalDate until) {
}
