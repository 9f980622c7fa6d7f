package vn.directives.query.report;

import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentEvent;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveTargetsAmended;
import vn.directives.events.directive.Target;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskEvent;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.query.report.TaskFacts.ContributionKind;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferEvent;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.Timeliness;
import vn.directives.events.memberdevelopment.CandidateAdmitted;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.survey.SurveyEvent;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskLifecycleEvent;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.task.TaskReassigned;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseEvent;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;

import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the history, in global order, into the compact facts a report of one directive needs:
 * the directive and its targets, unit names over time, Steering Committee members, every task of
 * the directive, and the province's enterprise facts behind I1-I4. Every fact keeps its effective
 * date and recorded time, so one fold serves any cut (a date, and what was recorded by then).
 */
final class HistoryFold {

    /**
     * The event types folded; the history is filtered on them in SQL, nothing else is deserialized.
     * A survey finding is read as a {@link FindingRow}, not as its event.
     */
    static final List<Class<?>> TYPES = List.of(DirectiveRegistered.class, DirectiveTargetsAmended.class,
            UnitRegistered.class, UnitRenamed.class, SteeringMemberAppointed.class,
            SurveyOpened.class, CellEstablishmentOpened.class, MemberTransferRequested.class,
            TrainingCoursePlanned.class, GeneralTaskOpened.class, TaskReassigned.class, DueDateExtensionRequested.class,
            DueDateExtensionApproved.class, DueDateExtensionRejected.class, TaskCancelled.class, TaskCompleted.class,
            SurveyFindingRecorded.class, CellEstablishmentCompleted.class, CellEstablishmentAbandoned.class,
            IntroductionLetterIssued.class, IntroductionLetterAccepted.class, MemberTransferCompleted.class,
            TrainingCourseClosed.class, PartyOrganizationEstablished.class, ExistingPartyOrganizationRecorded.class,
            PartyOrganizationAffiliationChanged.class, NewMembersAdmitted.class, EnterpriseRegistered.class,
            EnterpriseChanged.class, EnterpriseCeased.class,
            SocioPoliticalOrganizationFounded.class, SocioPoliticalOrganizationDissolved.class,
            SocioPoliticalOrganizationMembersChanged.class, MembersTransferredIn.class, MembersTransferredOut.class,
            ProgressReported.class, GeneralTaskCompleted.class, TaskCommented.class, AttachmentAdded.class,
            CandidateAdmitted.class, ProbationaryMembersRecognized.class, MembersLeft.class, MembersReceived.class,
            PartyOrganizationMerged.class, PartyOrganizationDissolved.class);

    /**
     * Units' names, read however late they were recorded: a unit registered after a report's cut (a
     * migrated province registers its wards and committees when it starts) is named, not shown by its
     * id; a name the cut does see still wins ({@link ReportAssembler#unitName}).
     */
    static final List<Class<?>> NAMING_TYPES = List.of(UnitRegistered.class, UnitRenamed.class);

    /** The name and post a Steering Committee member was appointed with. */
    record Member(String name, String post) {
    }

    private final String directiveId;
    Dated<DirectiveRegistered> directive;
    final List<Dated<List<Target>>> targets = new ArrayList<>();
    final Map<String, List<Dated<String>>> unitNames = new HashMap<>();
    final Map<String, Member> members = new HashMap<>();
    final Map<String, TaskFacts> tasks = new HashMap<>();
    final EnterpriseFacts enterprises = new EnterpriseFacts();

    /**
     * The steps that only concern the task whose stream holds them: folded only for the directive's
     * own tasks, which are opened before any of their steps in global order.
     */
    private static final java.util.Set<Class<?>> TASK_STEPS = java.util.Set.of(TaskReassigned.class,
            DueDateExtensionRequested.class, DueDateExtensionApproved.class, DueDateExtensionRejected.class,
            TaskCancelled.class, TaskCompleted.class, CellEstablishmentCompleted.class, IntroductionLetterIssued.class,
            IntroductionLetterAccepted.class, MemberTransferCompleted.class, TrainingCourseClosed.class,
            ProgressReported.class, GeneralTaskCompleted.class, TaskCommented.class, AttachmentAdded.class);
    /**
     * Steps whose only use is a coordinating unit's contribution: a comment or a document of the
     * task's own people (no coordinating unit) changes nothing in a report.
     */
    private static final java.util.Set<Class<?>> CONTRIBUTIONS = java.util.Set.of(TaskCommented.class,
            AttachmentAdded.class);
    /**
     * A contribution's JSON without a coordinating unit, as the event serializer writes it. Inside a
     * JSON string every quote is escaped, so these bytes can only be the field itself (the events
     * are flat); JSON written otherwise does not match and is parsed.
     */
    private static final byte[] NO_COORDINATING_UNIT = "\"coordinatingUnitId\":null"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    /** Openings whose only use is the directive's own tasks (a cell establishment's also maps its enterprise). */
    private static final java.util.Set<Class<?>> OPENINGS = java.util.Set.of(SurveyOpened.class,
            MemberTransferRequested.class, TrainingCoursePlanned.class, GeneralTaskOpened.class);

    private final byte[] quotedDirectiveId;

    HistoryFold(String directiveId) {
        this.directiveId = directiveId;
        this.quotedDirectiveId = ("\"" + directiveId + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether a stored event can matter, before it is deserialized: a task's step only when the
     * task is the directive's (its stream's aggregate is the task), and a comment or document only
     * when a coordinating unit gave it (or a migration brought it in, which the sector lists); an
     * opening only when its JSON names the directive's id at all (a false match is judged again
     * once deserialized). Everything else (directives, units, members, enterprise facts of the
     * whole province) is always folded.
     */
    boolean wants(Class<?> type, String aggregateId, byte[] payload, boolean migrated) {
        if (TASK_STEPS.contains(type)) {
            return tasks.containsKey(aggregateId)
                    && (migrated || !CONTRIBUTIONS.contains(type) || !contains(payload, NO_COORDINATING_UNIT));
        }
        if (OPENINGS.contains(type)) {
            return contains(payload, quotedDirectiveId);
        }
        return true;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        int last = haystack.length - needle.length;
        byte first = needle[0];
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }

    void apply(EventHistory.Recorded recorded) {
        Object event = recorded.payload();
        if (event instanceof TaskOpening opening) {
            opened(opening, recorded);
        } else if (event instanceof DirectiveRegistered registered) {
            directiveRegistered(registered, recorded);
        } else if (event instanceof DirectiveTargetsAmended amended) {
            if (amended.directiveId().equals(directiveId)) {
                targets.add(dated(amended.effectiveOn(), recorded, amended.targets()));
            }
        } else if (event instanceof UnitRegistered unit) {
            unitNames.computeIfAbsent(unit.unitId(), id -> new ArrayList<>())
                    .add(dated(unit.effectiveOn(), recorded, unit.name()));
        } else if (event instanceof UnitRenamed unit) {
            unitNames.computeIfAbsent(unit.unitId(), id -> new ArrayList<>())
                    .add(dated(unit.effectiveOn(), recorded, unit.newName()));
        } else if (event instanceof SteeringMemberAppointed member) {
            members.put(member.memberId(), new Member(member.contact().displayName(), member.post()));
        } else {
            enterprises.apply(event, recorded);
            taskStep(event, recorded);
        }
    }

    private void directiveRegistered(DirectiveRegistered registered, EventHistory.Recorded recorded) {
        if (registered.directiveId().equals(directiveId)) {
            directive = dated(LocalDate.MIN, recorded, registered);
            targets.add(dated(LocalDate.MIN, recorded, registered.targets()));
        }
    }

    private void opened(TaskOpening opening, EventHistory.Recorded recorded) {
        if (opening instanceof CellEstablishmentOpened cell) {
            enterprises.establishmentOpened(cell.taskId(), cell.enterpriseTaxCode());
        }
        if (!opening.task().directiveId().equals(directiveId)) {
            return;
        }
        TaskFacts task = new TaskFacts(opening.taskId(), opening.kind(), opening.task().title(),
                opening.task().leadUnitId(), opening.task().pointNumber(), dated(opening.openedOn(), recorded, null));
        task.assignees.add(dated(opening.openedOn(), recorded, opening.task().assigneeId()));
        task.dueDates.add(dated(opening.openedOn(), recorded, opening.task().dueDate()));
        if (opening instanceof MemberTransferRequested transfer) {
            task.transferType = transfer.type();
        }
        if (opening instanceof GeneralTaskOpened general) {
            task.parentTaskId = general.parentTaskId();
        }
        tasks.put(task.taskId, task);
    }

    private void taskStep(Object event, EventHistory.Recorded recorded) {
        if (event instanceof CellEstablishmentAbandoned abandoned) {
            enterprises.establishmentAbandoned(abandoned.taskId(),
                    abandoned.reason() == AbandonmentReason.ENTERPRISE_DISSOLVED,
                    dated(abandoned.effectiveOn(), recorded, null));
            return;
        }
        TaskFacts task = tasks.get(taskIdOf(event));
        if (task == null) {
            return;
        }
        if (event instanceof TaskReassigned reassigned) {
            task.assignees.add(dated(reassigned.effectiveOn(), recorded, reassigned.toMemberId()));
        } else if (event instanceof DueDateExtensionRequested requested) {
            task.extensions.put(requested.extensionId(), new TaskFacts.Extension(
                    dated(requested.effectiveOn(), recorded, requested.requestedDueDate()), requested.reason()));
        } else if (event instanceof DueDateExtensionApproved approved) {
            task.dueDates.add(dated(approved.effectiveOn(), recorded, approved.newDueDate()));
            decided(task, approved.extensionId(), dated(approved.effectiveOn(), recorded, true), null);
        } else if (event instanceof DueDateExtensionRejected rejected) {
            decided(task, rejected.extensionId(), dated(rejected.effectiveOn(), recorded, false), rejected.reason());
        } else if (event instanceof TaskCompleted completed) {
            task.completed = dated(completed.effectiveOn(), recorded, null);
        } else if (event instanceof TaskCancelled cancelled) {
            task.cancelled = dated(cancelled.effectiveOn(), recorded, cancelled.reason());
        } else {
            kindStep(task, event, recorded);
        }
    }

    private static void kindStep(TaskFacts task, Object event, EventHistory.Recorded recorded) {
        if (event instanceof FindingRow finding) {
            task.surveyedTaxCodes.add(dated(finding.effectiveOn(), recorded, finding.taxCode()));
        } else if (event instanceof CellEstablishmentCompleted completed) {
            task.organizationEstablished = dated(completed.effectiveOn(), recorded, null);
        } else if (event instanceof IntroductionLetterIssued issued) {
            task.transferStepsLate.add(dated(issued.effectiveOn(), recorded, late(issued.timeliness())));
        } else if (event instanceof IntroductionLetterAccepted accepted) {
            task.transferStepsLate.add(dated(accepted.effectiveOn(), recorded, late(accepted.timeliness())));
        } else if (event instanceof MemberTransferCompleted completed) {
            task.transferCompleted = dated(completed.effectiveOn(), recorded, null);
        } else if (event instanceof ProgressReported progress) {
            if (progress.coordinatingUnitId() == null) {
                task.progress.add(dated(progress.effectiveOn(), recorded, progress.percentage()));
            } else {
                contributed(task, progress.effectiveOn(), recorded, new TaskFacts.Contribution(
                        progress.coordinatingUnitId(), ContributionKind.PROGRESS_REPORT, progress.percentage()));
            }
        } else if (event instanceof TaskCommented comment) {
            contributed(task, comment.effectiveOn(), recorded,
                    new TaskFacts.Contribution(comment.coordinatingUnitId(), ContributionKind.COMMENT, null));
        } else if (event instanceof AttachmentAdded document) {
            contributed(task, document.effectiveOn(), recorded,
                    new TaskFacts.Contribution(document.coordinatingUnitId(), ContributionKind.DOCUMENT, null));
        } else if (event instanceof GeneralTaskCompleted completed) {
            task.product = dated(completed.effectiveOn(), recorded, completed.productDocument());
        } else if (event instanceof TrainingCourseClosed closed) {
            task.courseClosed = dated(closed.effectiveOn(), recorded, new TaskFacts.CourseCounts(closed.enrolled(),
                    closed.trained(), closed.passed(), closed.certificates()));
        }
    }

    /** Keeps a coordinating unit's contribution; a step of the task's own people is not one. */
    private static void contributed(TaskFacts task, LocalDate on, EventHistory.Recorded recorded,
                                    TaskFacts.Contribution contribution) {
        if (contribution.unitId() != null) {
            task.contributions.add(dated(on, recorded, contribution));
        }
    }

    private static void decided(TaskFacts task, String extensionId, Dated<Boolean> decision, String reason) {
        TaskFacts.Extension extension = task.extensions.get(extensionId);
        if (extension != null) {
            extension.decision = decision;
            extension.rejectionReason = reason;
        }
    }

    private static boolean late(Timeliness timeliness) {
        return timeliness != null && timeliness.workingDaysLate() > 0;
    }

    private static String taskIdOf(Object event) {
        if (event instanceof TaskLifecycleEvent lifecycle) {
            return lifecycle.taskId();
        }
        if (event instanceof SurveyEvent survey) {
            return survey.taskId();
        }
        if (event instanceof FindingRow finding) {
            return finding.taskId();
        }
        if (event instanceof CellEstablishmentEvent cell) {
            return cell.taskId();
        }
        if (event instanceof MemberTransferEvent transfer) {
            return transfer.taskId();
        }
        if (event instanceof TrainingCourseEvent course) {
            return course.taskId();
        }
        if (event instanceof GeneralTaskEvent general) {
            return general.taskId();
        }
        if (event instanceof DiscussionEvent discussion) {
            return discussion.taskId();
        }
        return null;
    }

    static <T> Dated<T> dated(LocalDate effectiveOn, EventHistory.Recorded recorded, T value) {
        return new Dated<>(effectiveOn, recorded.recordedAtMillis(), recorded.index(), value);
    }
}
