package vn.directives.query.report;

import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the report needs of one task of the directive, each fact dated: its opening, its
 * assignees and due dates over time, its extensions, its ending, and the results of its kind.
 */
final class TaskFacts {

    /** What a course's closure counted. */
    record CourseCounts(int enrolled, int trained, int passed, int certificates) {
    }

    /** What a coordinating unit contributed to the task: a progress report (with its percentage), a comment or a document. */
    record Contribution(String unitId, ContributionKind kind, Integer percentage) {
    }

    enum ContributionKind { PROGRESS_REPORT, COMMENT, DOCUMENT }

    /** An extension request and, once decided, the decision (approved: the new due date; rejected: the reason). */
    static final class Extension {
        final Dated<LocalDate> requested;
        final String reason;
        Dated<Boolean> decision;
        String rejectionReason;

        Extension(Dated<LocalDate> requested, String reason) {
            this.requested = requested;
            this.reason = reason;
        }
    }

    final String taskId;
    final TaskKind kind;
    final String title;
    final String leadUnitId;
    final Dated<Void> opened;
    final List<Dated<String>> assignees = new ArrayList<>();
    final List<Dated<LocalDate>> dueDates = new ArrayList<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    Dated<Void> completed;
    Dated<String> cancelled;
    final List<Dated<String>> surveyedTaxCodes = new ArrayList<>();
    Dated<Void> organizationEstablished;
    TransferType transferType;
    final List<Dated<Boolean>> transferStepsLate = new ArrayList<>();
    Dated<Void> transferCompleted;
    Dated<CourseCounts> courseClosed;
    /** The task this one was delegated from; null for a task opened on its own. */
    String parentTaskId;
    /** The point of the directive the task follows up. */
    final int pointNumber;
    /** A general task's reported progress, in percent, each dated. */
    final List<Dated<Integer>> progress = new ArrayList<>();
    /** A general task's product: the document that proves it, from the day it was delivered. */
    Dated<String> product;
    /** The coordinating units' contributions, each dated (a unit's progress is not the task's own). */
    final List<Dated<Contribution>> contributions = new ArrayList<>();

    TaskFacts(String taskId, TaskKind kind, String title, String leadUnitId, int pointNumber, Dated<Void> opened) {
        this.taskId = taskId;
        this.kind = kind;
        this.title = title;
        this.leadUnitId = leadUnitId;
        this.pointNumber = pointNumber;
        this.opened = opened;
    }

    /** A general task's progress at the cut: 100 once completed, else the last report seen (0 before any). */
    int progressAt(Cut cut) {
        if (completed != null && cut.sees(completed)) {
            return 100;
        }
        return Dated.lastRecorded(progress, cut).map(Dated::value).orElse(0);
    }

    /** Whether any step of the transfer the cut sees ran past its limit in working days. */
    boolean transferLate(Cut cut) {
        return transferStepsLate.stream().anyMatch(step -> cut.sees(step) && step.value());
    }
}
