package vn.directives.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly report of one directive at a cut-off, as folded from the history: the model behind
 * the JSON (whose bytes are hashed when the report is issued), the DOCX and the XLSX. Every list
 * is in a fixed order, so the same history and cut-off give the same JSON, byte for byte.
 *
 * @param historyPosition the last global index the report read: set for the corrected basis
 *                        (regenerate with {@code ?position=}), null as recorded (bounded by the cut-off)
 * @param differences     corrected basis only: the figures that differ from what had been recorded
 *                        by the end of the cut-off day; empty as recorded
 */
public record YearlyReport(
        Directive directive,
        String basis,
        String basisLabel,
        LocalDate cutOff,
        LocalDate periodFrom,
        Long historyPosition,
        Categories categories,
        KindResults results,
        List<IndicatorRow> indicators,
        List<PointRow> points,
        Sector sector,
        List<GroupRow> byLeadUnit,
        List<GroupRow> byMember,
        List<UnitContribution> contributions,
        List<TaskLine> overdueTasks,
        List<ExtensionLine> extensions,
        List<TaskLine> cancelledTasks,
        List<TaskLine> tasks,
        List<Difference> differences) {

    public record Directive(String id, String number, String kindLabel, String title, LocalDate issuedOn, String issuingBody,
                            String reportTo) {
    }

    /** The four categories of Vietnamese task reports, the overdue percentage, and cancelled tasks apart. */
    public record Categories(int doneOnTime, int doneLate, int openWithinDeadline, int openOverdue, int total,
                             BigDecimal overduePercent, int cancelled) {
    }

    public record KindResults(Surveys surveys, Establishments establishments, Transfers transfers, Courses courses) {
    }

    public record Surveys(int tasks, int completed, int enterprisesSurveyed) {
    }

    public record Establishments(int tasks, int partyOrganizationsEstablished, int abandoned) {
    }

    public record Transfers(int tasks, int completed, int official, int temporary, int onTime, int late) {
    }

    public record Courses(int tasks, int closed, int enrolled, int trained, int passed, int certificates) {
    }

    /** An indicator at the cut-off and a year earlier, against the directive's target in force at the cut-off. */
    public record IndicatorRow(String code, String label, long numerator, long denominator, BigDecimal percent,
                               long previousNumerator, long previousDenominator, BigDecimal previousPercent,
                               BigDecimal targetPercent, Integer targetYear, Boolean targetReached) {
    }

    /**
     * One numbered point of the directive: its tasks opened on their own (a delegated sub-task is a
     * part of its parent and is counted once, through it) in the four categories, how many of each
     * kind (cancelled apart), and its general tasks' work.
     */
    public record PointRow(int number, String text, Categories categories, List<Count> tasksByKind,
                           GeneralWork general) {
    }

    /**
     * The general tasks of a point: how many, products delivered in the period (with their
     * documents), their mean progress at the cut (100 once completed; null without general tasks),
     * and the sub-tasks delegated to lower levels that were open in the period (any kind's).
     */
    public record GeneralWork(int tasks, int productsDelivered, BigDecimal averageProgress, int subTasks,
                              List<String> products) {
    }

    /** A labelled count; null when nothing was recorded to count ("chưa có số liệu"). */
    public record Count(String label, Long count) {
    }

    /**
     * Operating enterprises, their workers and the enterprises with a Party organization in one
     * commune or ward, or one zone.
     */
    public record Total(String name, long enterprises, long workers, long withPartyOrganization) {
    }

    /** The socio-political organizations of one kind in enterprises and their members; null when never recorded. */
    public record SocioPolitical(String kind, String label, Long organizations, Long members) {
    }

    /**
     * The enterprise sector at the cut-off, from the enterprise registry and the Party
     * organizations' records; each figure null where nothing was recorded for it.
     *
     * @param migratedFrom the history migrations whose facts the figures count (số liệu chuyển từ hệ
     *                     thống cũ), in the order they were confirmed; empty when none
     */
    public record Sector(Long enterprises, Long workers, List<Total> byLocality, List<Total> byZone,
                         List<SocioPolitical> socioPolitical, Long partyOrganizations,
                         List<Count> partyOrganizationsByKind, List<Count> partyOrganizationsBySuperior,
                         Long partyMembers, Long admissions, List<Count> admissionsByCategory,
                         Long ownersAndManagersAdmitted, List<Count> partyMembersByStatus,
                         List<Count> exitsByReason, List<MigratedFrom> migratedFrom) {
    }

    /**
     * A history migration some of whose facts a report counts: the source its confirmer named, its
     * job, who confirmed it and the day, and how many of its facts the report's cut sees.
     */
    public record MigratedFrom(String source, String importJobId, String confirmedBy, LocalDate confirmedOn,
                               long facts) {
    }

    /** The four categories of the tasks of one lead unit (named as it was at the cut-off) or one member. */
    public record GroupRow(String id, String name, Categories categories) {
    }

    /**
     * What one coordinating unit (đơn vị phối hợp), named as at the cut-off, contributed to the
     * directive's tasks in the period: its progress reports, comments and documents, in all and
     * task by task.
     */
    public record UnitContribution(String unit, int tasks, int progressReports, int comments, int documents,
                                   List<ContributedTask> byTask) {
    }

    /**
     * A unit's contributions to one task in the period, and its latest progress report there (its
     * own part's percentage and the day; null without a report in the period).
     */
    public record ContributedTask(String taskId, int pointNumber, String title, int progressReports, int comments,
                                  int documents, Integer latestProgress, LocalDate latestProgressOn) {
    }

    public record TaskLine(String taskId, String kind, String kindLabel, String title, String leadUnit,
                           String assignee, LocalDate openedOn, LocalDate dueOn, LocalDate completedOn,
                           String category, String categoryLabel, Integer daysLate, String note) {
    }

    public record ExtensionLine(String taskId, String title, LocalDate requestedOn, LocalDate requestedDueDate,
                                String reason, String decision, String decisionLabel, LocalDate decidedOn,
                                String rejectionReason) {
    }

    /**
     * One figure that differs between what was recorded by the cut-off and what happened by it: a
     * count, a percentage (a number in JSON, null when there was nothing to divide) or text.
     */
    public record Difference(String item, Object asRecorded, Object corrected) {
    }
}
