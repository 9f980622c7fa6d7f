package vn.directives.events.directive;

/**
 * How often the follow-up is reported and on which day the data are cut off
 * (thời gian chốt số liệu), e.g. yearly, cut off on 15 November.
 */
public record ReportingCadence(Frequency frequency, int cutOffMonth, int cutOffDay, String reportTo) {

    public enum Frequency { YEARLY }
}
