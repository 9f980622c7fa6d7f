package vn.directives.query.report;

import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.Target;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.report.ReportBasis;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;
import vn.directives.query.enterprise.IndicatorCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builds the report's model from the folded facts, as seen at one cut, for the year that ends at it. */
final class ReportAssembler {

    private final HistoryFold fold;
    private final Cut cut;
    private final LocalDate periodFrom;
    private final List<JudgedTask> judged;

    ReportAssembler(HistoryFold fold, Cut cut) {
        this(fold, cut, cut.date().minusYears(1).plusDays(1));
    }

    /** For any period ending at the cut: the categories count tasks open at some time in it. */
    ReportAssembler(HistoryFold fold, Cut cut, LocalDate periodFrom) {
        this.fold = fold;
        this.cut = cut;
        this.periodFrom = periodFrom;
        // A delegated sub-task is a part of its parent's work, judged through the parent: counting
        // both would count one duty twice (see docs/general-tasks.md).
        this.judged = fold.tasks.values().stream()
                .filter(task -> task.parentTaskId == null)
                .map(task -> JudgedTask.at(task, cut, periodFrom))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((JudgedTask t) -> t.task().opened.effectiveOn())
                        .thenComparing(t -> t.task().taskId))
                .toList();
    }

    YearlyReport assemble(ReportBasis basis, Long historyPosition, List<YearlyReport.Difference> differences) {
        List<JudgedTask> counted = judged.stream().filter(t -> t.category() != Category.CANCELLED).toList();
        return new YearlyReport(directive(), basis.name(), basisLabel(basis), cut.date(), periodFrom, historyPosition,
                categories(judged), results(counted), indicators(), points(),
                fold.enterprises.sectorAt(cut, periodFrom, this::unitName),
                groups(counted, t -> t.task().leadUnitId, this::unitName),
                groups(counted, JudgedTask::assigneeId, this::memberName), contributions(),
                lines(t -> t.category() == Category.DONE_LATE || t.category() == Category.OPEN_OVERDUE),
                extensions(), lines(t -> t.category() == Category.CANCELLED), lines(t -> true), differences);
    }

    static String basisLabel(ReportBasis basis) {
        return basis == ReportBasis.AS_RECORDED
                ? "số liệu đã ghi nhận đến hết ngày chốt số liệu"
                : "số liệu hiệu chỉnh (sự việc xảy ra đến hết ngày chốt số liệu, kể cả sự việc ghi nhận sau ngày chốt)";
    }

    private YearlyReport.Directive directive() {
        DirectiveRegistered registered = fold.directive.value();
        return new YearlyReport.Directive(registered.directiveId(), registered.number(),
                switch (registered.kind()) {
                    case DIRECTIVE -> "Chỉ thị";
                    case PLAN -> "Kế hoạch";
                    case CONCLUSION -> "Kết luận";
                    case NOTICE -> "Thông báo";
                }, registered.title(),
                registered.issuedOn(), registered.issuingBody(), registered.cadence().reportTo());
    }

    static YearlyReport.Categories categories(List<JudgedTask> tasks) {
        int[] counts = new int[Category.values().length];
        tasks.forEach(task -> counts[task.category().ordinal()]++);
        int total = counts[0] + counts[1] + counts[2] + counts[3];
        return new YearlyReport.Categories(counts[0], counts[1], counts[2], counts[3], total,
                percent(counts[1] + counts[3], total), counts[Category.CANCELLED.ordinal()]);
    }

    private YearlyReport.KindResults results(List<JudgedTask> counted) {
        List<JudgedTask> surveys = ofKind(counted, TaskKind.SURVEY);
        Set<String> surveyed = new HashSet<>();
        surveys.forEach(t -> t.task().surveyedTaxCodes.stream().filter(this::inPeriod)
                .forEach(found -> surveyed.add(found.value())));
        List<JudgedTask> transfers = ofKind(counted, TaskKind.MEMBER_TRANSFER);
        List<JudgedTask> transferred = transfers.stream().filter(t -> inPeriod(t.task().transferCompleted)).toList();
        List<JudgedTask> courses = ofKind(counted, TaskKind.TRAINING_COURSE);
        List<TaskFacts.CourseCounts> closed = courses.stream().filter(t -> inPeriod(t.task().courseClosed))
                .map(t -> t.task().courseClosed.value()).toList();
        long abandoned = judged.stream().filter(t -> t.category() == Category.CANCELLED
                && t.task().kind == TaskKind.CELL_ESTABLISHMENT).count();
        List<JudgedTask> establishments = ofKind(counted, TaskKind.CELL_ESTABLISHMENT);
        return new YearlyReport.KindResults(
                new YearlyReport.Surveys(surveys.size(), completedInPeriod(surveys), surveyed.size()),
                new YearlyReport.Establishments(establishments.size(), (int) establishments.stream()
                        .filter(t -> inPeriod(t.task().organizationEstablished)).count(), (int) abandoned),
                new YearlyReport.Transfers(transfers.size(), transferred.size(),
                        count(transferred, t -> t.task().transferType == TransferType.OFFICIAL),
                        count(transferred, t -> t.task().transferType == TransferType.TEMPORARY),
                        count(transferred, t -> !t.task().transferLate(cut)),
                        count(transferred, t -> t.task().transferLate(cut))),
                new YearlyReport.Courses(courses.size(), closed.size(),
                        closed.stream().mapToInt(TaskFacts.CourseCounts::enrolled).sum(),
                        closed.stream().mapToInt(TaskFacts.CourseCounts::trained).sum(),
                        closed.stream().mapToInt(TaskFacts.CourseCounts::passed).sum(),
                        closed.stream().mapToInt(TaskFacts.CourseCounts::certificates).sum()));
    }

    private List<YearlyReport.IndicatorRow> indicators() {
        EnterpriseFacts.Counts now = fold.enterprises.countAt(cut, periodFrom);
        LocalDate previousCutOff = cut.date().minusYears(1);
        EnterpriseFacts.Counts before = fold.enterprises.countAt(cut.on(previousCutOff), periodFrom.minusYears(1));
        List<Target> targets = Dated.lastRecorded(fold.targets, cut).map(Dated::value).orElse(List.of());
        List<YearlyReport.IndicatorRow> rows = new ArrayList<>();
        IndicatorCode[] codes = IndicatorCode.values();
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i].name();
            Target target = targets.stream().filter(t -> code.equals(t.indicator())).findFirst().orElse(null);
            BigDecimal percent = percent(now.numerators()[i], now.denominators()[i]);
            rows.add(new YearlyReport.IndicatorRow(code, codes[i].label(), now.numerators()[i], now.denominators()[i],
                    percent, before.numerators()[i], before.denominators()[i],
                    percent(before.numerators()[i], before.denominators()[i]),
                    target == null ? null : target.thresholdPercent(), target == null ? null : target.horizonYear(),
                    target == null || percent == null ? null : percent.compareTo(target.thresholdPercent()) >= 0));
        }
        return rows;
    }

    /**
     * Every point of the directive, 1 to its last, with the tasks opened on their own for it. A
     * task of a number the directive does not list still gets a row, so nothing goes uncounted.
     */
    private List<YearlyReport.PointRow> points() {
        Map<Integer, String> texts = new TreeMap<>();
        fold.directive.value().points().forEach(point -> texts.put(point.number(), point.text()));
        judged.forEach(task -> texts.putIfAbsent(task.task().pointNumber, ""));
        List<YearlyReport.PointRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> point : texts.entrySet()) {
            int number = point.getKey();
            List<JudgedTask> ofPoint = judged.stream().filter(t -> t.task().pointNumber == number).toList();
            List<JudgedTask> counted = ofPoint.stream().filter(t -> t.category() != Category.CANCELLED).toList();
            List<YearlyReport.Count> byKind = new ArrayList<>();
            for (TaskKind kind : TaskKind.values()) {
                byKind.add(new YearlyReport.Count(pointKindLabel(kind),
                        counted.stream().filter(t -> t.task().kind == kind).count()));
            }
            List<JudgedTask> general = ofKind(counted, TaskKind.GENERAL);
            List<String> products = general.stream().filter(t -> inPeriod(t.task().product))
                    .map(t -> t.task().product.value()).toList();
            BigDecimal progress = general.isEmpty() ? null : BigDecimal.valueOf(general.stream()
                    .mapToInt(t -> t.task().progressAt(cut)).sum())
                    .divide(BigDecimal.valueOf(general.size()), 1, RoundingMode.HALF_UP);
            int subTasks = (int) fold.tasks.values().stream()
                    .filter(task -> task.parentTaskId != null && task.pointNumber == number)
                    .map(task -> JudgedTask.at(task, cut, periodFrom))
                    .flatMap(Optional::stream)
                    .filter(t -> t.category() != Category.CANCELLED).count();
            rows.add(new YearlyReport.PointRow(number, point.getValue(), categories(ofPoint), byKind,
                    new YearlyReport.GeneralWork(general.size(), products.size(), progress, subTasks, products)));
        }
        return rows;
    }

    private static String pointKindLabel(TaskKind kind) {
        return switch (kind) {
            case SURVEY -> "Nhiệm vụ khảo sát";
            case CELL_ESTABLISHMENT -> "Nhiệm vụ thành lập tổ chức đảng";
            case MEMBER_TRANSFER -> "Nhiệm vụ chuyển sinh hoạt đảng";
            case TRAINING_COURSE -> "Nhiệm vụ mở lớp bồi dưỡng";
            case GENERAL -> "Nhiệm vụ chung (có sản phẩm)";
        };
    }

    private List<YearlyReport.GroupRow> groups(List<JudgedTask> counted, Function<JudgedTask, String> key,
                                               Function<String, String> name) {
        Map<String, List<JudgedTask>> byKey = new TreeMap<>();
        counted.forEach(task -> byKey.computeIfAbsent(key.apply(task), k -> new ArrayList<>()).add(task));
        return byKey.entrySet().stream()
                .map(entry -> new YearlyReport.GroupRow(entry.getKey(), name.apply(entry.getKey()),
                        categories(entry.getValue())))
                .sorted(Comparator.comparing(YearlyReport.GroupRow::name).thenComparing(YearlyReport.GroupRow::id))
                .toList();
    }

    private List<YearlyReport.TaskLine> lines(Predicate<JudgedTask> which) {
        return judged.stream().filter(which).map(t -> new YearlyReport.TaskLine(t.task().taskId, t.task().kind.name(),
                TaskKindCollection.of(t.task().kind).label(), t.task().title, unitName(t.task().leadUnitId),
                memberName(t.assigneeId()), t.task().opened.effectiveOn(), t.due(), t.completedOn(),
                t.category().name(), t.category().label, t.daysLate(cut.date()),
                t.category() == Category.CANCELLED ? t.task().cancelled.value() : null)).toList();
    }

    /**
     * Each coordinating unit's contributions in the period, to any task of the directive (a
     * delegated part's too: the work is the unit's either way), units by name, tasks by point and
     * opening. Rebuilt from the history like every figure, so the same cut gives the same rows.
     */
    private List<YearlyReport.UnitContribution> contributions() {
        Map<String, Map<TaskFacts, List<Dated<TaskFacts.Contribution>>>> byUnit = new TreeMap<>();
        fold.tasks.values().stream()
                .sorted(Comparator.comparingInt((TaskFacts task) -> task.pointNumber)
                        .thenComparing(task -> task.opened.effectiveOn()).thenComparing(task -> task.taskId))
                .forEach(task -> task.contributions.stream().filter(this::inPeriod).forEach(contribution ->
                        byUnit.computeIfAbsent(contribution.value().unitId(), unit -> new java.util.LinkedHashMap<>())
                                .computeIfAbsent(task, t -> new ArrayList<>()).add(contribution)));
        List<YearlyReport.UnitContribution> units = new ArrayList<>();
        byUnit.forEach((unitId, tasks) -> {
            List<YearlyReport.ContributedTask> lines = new ArrayList<>();
            tasks.forEach((task, contributions) -> lines.add(contributed(task, contributions)));
            units.add(new YearlyReport.UnitContribution(unitName(unitId), lines.size(),
                    lines.stream().mapToInt(YearlyReport.ContributedTask::progressReports).sum(),
                    lines.stream().mapToInt(YearlyReport.ContributedTask::comments).sum(),
                    lines.stream().mapToInt(YearlyReport.ContributedTask::documents).sum(), lines));
        });
        units.sort(Comparator.comparing(YearlyReport.UnitContribution::unit));
        return units;
    }

    private YearlyReport.ContributedTask contributed(TaskFacts task, List<Dated<TaskFacts.Contribution>> done) {
        List<Dated<TaskFacts.Contribution>> reports = done.stream()
                .filter(c -> c.value().kind() == TaskFacts.ContributionKind.PROGRESS_REPORT).toList();
        Optional<Dated<TaskFacts.Contribution>> latest = Dated.lastEffective(reports, cut);
        return new YearlyReport.ContributedTask(task.taskId, task.pointNumber, task.title, reports.size(),
                (int) done.stream().filter(c -> c.value().kind() == TaskFacts.ContributionKind.COMMENT).count(),
                (int) done.stream().filter(c -> c.value().kind() == TaskFacts.ContributionKind.DOCUMENT).count(),
                latest.map(c -> c.value().percentage()).orElse(null),
                latest.map(Dated::effectiveOn).orElse(null));
    }

    private List<YearlyReport.ExtensionLine> extensions() {
        List<YearlyReport.ExtensionLine> lines = new ArrayList<>();
        for (JudgedTask task : judged) {
            for (TaskFacts.Extension extension : task.task().extensions.values()) {
                if (!inPeriod(extension.requested)) {
                    continue;
                }
                boolean decided = extension.decision != null && cut.sees(extension.decision);
                String decision = !decided ? "PENDING" : extension.decision.value() ? "APPROVED" : "REJECTED";
                lines.add(new YearlyReport.ExtensionLine(task.task().taskId, task.task().title,
                        extension.requested.effectiveOn(), extension.requested.value(), extension.reason, decision,
                        switch (decision) {
                            case "APPROVED" -> "Đã chấp thuận";
                            case "REJECTED" -> "Không chấp thuận";
                            default -> "Chưa quyết định";
                        },
                        decided ? extension.decision.effectiveOn() : null,
                        decided ? extension.rejectionReason : null));
            }
        }
        return lines;
    }

    String unitName(String unitId) {
        List<Dated<String>> names = fold.unitNames.getOrDefault(unitId, List.of());
        // a unit the cut does not know yet (registered later, as a migrated province's are): its name at the date
        return Dated.lastEffective(names, cut).or(() -> Dated.lastEffective(names, new Cut(cut.date(), Long.MAX_VALUE)))
                .or(() -> names.stream().findFirst())
                .map(Dated::value).orElse(unitId);
    }

    String memberName(String memberId) {
        HistoryFold.Member member = fold.members.get(memberId);
        return member == null ? memberId : member.name() + " (" + member.post() + ")";
    }

    List<JudgedTask> judged() {
        return judged;
    }

    private boolean inPeriod(Dated<?> fact) {
        return fact != null && cut.sees(fact) && !fact.effectiveOn().isBefore(periodFrom);
    }

    private int completedInPeriod(List<JudgedTask> tasks) {
        return count(tasks, t -> t.completedOn() != null);
    }

    private static List<JudgedTask> ofKind(List<JudgedTask> tasks, TaskKind kind) {
        return tasks.stream().filter(t -> t.task().kind == kind).toList();
    }

    private static int count(List<JudgedTask> tasks, Predicate<JudgedTask> which) {
        return (int) tasks.stream().filter(which).count();
    }

    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
