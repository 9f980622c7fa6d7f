package vn.directives.benchmark.province;

import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellCommitteePost;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.Timeliness;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.CourseKind;
import vn.directives.events.trainingcourse.Participant;
import vn.directives.events.trainingcourse.ParticipantResult;
import vn.directives.events.trainingcourse.ParticipantResultsRecorded;
import vn.directives.events.trainingcourse.ParticipantWithdrawn;
import vn.directives.events.trainingcourse.ParticipantsEnrolled;
import vn.directives.events.trainingcourse.TrainingCourseClosed;
import vn.directives.events.trainingcourse.TrainingCourseOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The tasks: general tasks and the four kinds, each taken through a lifecycle its aggregate
 * accepts, ending as the history allows, with the comments and documents people add beside.
 */
final class Tasks {

    private static final Actor OC = Actor.ORGANIZATION_COMMITTEE;

    private final Random random;
    private final Timeline timeline;
    private final Province province;
    private final int meanFindings;
    /** Enterprises with a cell establishment under way or done: the command side refuses a second one. */
    private final Set<String> establishing = new HashSet<>();
    private int number;
    /** The task opened last: what is said about it is recorded once its steps are. */
    private Lifecycle current;
    private final GeneralTasks generalTasks;
    /** Share of the four kinds' completed tasks with documents attached. */
    private static final int KIND_DOCUMENTS_PERCENT = 25;

    Tasks(Random random, Timeline timeline, Province province, int meanFindings) {
        this.random = random;
        this.timeline = timeline;
        this.province = province;
        this.meanFindings = meanFindings;
        this.generalTasks = new GeneralTasks(random, timeline, province);
    }

    /**
     * One task opened by the Organization Committee: a general task (15 %) or one of the four kinds
     * (surveys and cell establishments 21 % each, member transfers 26 %, training courses 17 %),
     * then what is said about it: the Committee's instructions at the opening (0 to 2 comments),
     * the assignee's comments at the end (0 to 2) and, for a quarter of the completed tasks, the
     * documents that prove the work (1 or 2 small files).
     */
    void open(LocalDate openedOn) {
        number++;
        int kind = random.nextInt(100);
        if (kind < 15) {
            generalTask(openedOn);
        } else if (kind < 36) {
            survey(openedOn);
        } else if (kind < 57) {
            cellEstablishment(openedOn);
        } else if (kind < 83) {
            memberTransfer(openedOn);
        } else {
            trainingCourse(openedOn);
        }
        current.discussTheOutcome(current.type.equals(GeneralTasks.TYPE) ? GeneralTasks.GENERAL_DOCUMENTS_PERCENT
                : KIND_DOCUMENTS_PERCENT);
    }

    private Lifecycle opening(String type, LocalDate openedOn, int point, String title, BiFunction<String, TaskHeader, Object> opened) {
        return opening(type, openedOn, point, title, province.unitOn(openedOn), opened);
    }

    private Lifecycle opening(String type, LocalDate openedOn, int point, String title, Province.Unit lead,
                              BiFunction<String, TaskHeader, Object> opened) {
        String taskId = uuid();
        Province.Unit coordinating = province.unitOn(openedOn);
        String assignee = province.memberFor(openedOn).id();
        LocalDate due = openedOn.plusDays(30 + random.nextInt(150));
        TaskHeader header = new TaskHeader(province.directiveOn(openedOn).id(), point, title + " (" + number + ")",
                lead.id(), coordinating.id().equals(lead.id()) ? List.of() : List.of(coordinating.id()), assignee, due);
        Lifecycle life = new Lifecycle(random, timeline, province, type, taskId, openedOn, due, assignee);
        life.header = header;
        life.step(OC, opened.apply(taskId, header));
        life.comment(OC, random.nextInt(3));
        current = life;
        return life;
    }

    private void generalTask(LocalDate openedOn) {
        String[] duty = GeneralTasks.DUTIES[random.nextInt(GeneralTasks.DUTIES.length)];
        Lifecycle life = opening(GeneralTasks.TYPE, openedOn, 1 + random.nextInt(4), duty[0], province.body(),
                (taskId, header) -> new GeneralTaskOpened(taskId, header, duty[0] + " theo chỉ thị", duty[1], null,
                        openedOn, OC.userId()));
        generalTasks.follow(life, duty[1]);
    }

    private void survey(LocalDate openedOn) {
        Lifecycle life = opening("Survey", openedOn, 1, "Khảo sát tình hình tổ chức đảng, đoàn thể tại doanh nghiệp",
                (taskId, header) -> new SurveyOpened(taskId, header, new SurveyScope(SurveyScope.Kind.COMMUNE,
                        List.of(header.leadUnitId()), "Doanh nghiệp trên địa bàn"), openedOn.minusMonths(12),
                        openedOn.minusDays(1), openedOn, OC.userId()));
        if (!life.sharedSteps() || life.cancelledOnceIn(20)) {
            return;
        }
        int findings = Math.max(1, meanFindings / 3 + random.nextInt(Math.max(1, meanFindings * 4 / 3)));
        Set<String> surveyed = new HashSet<>();
        for (int f = 0; f < findings; f++) {
            if (random.nextInt(3) == 0 && !life.advance(1, 2)) {
                return;
            }
            Province.Enterprise enterprise = province.enterprise();
            if (!surveyed.add(enterprise.taxCode())) {
                continue;
            }
            int official = random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(3);
            int workers = enterprise.workers();
            life.step(life.assigneeActor(), new SurveyFindingRecorded(life.taskId, new EnterpriseFindings(
                    enterprise.taxCode(), enterprise.name(),
                    enterprise.foreignInvested() ? Ownership.FOREIGN_INVESTED : Ownership.PRIVATE, workers, official,
                    random.nextInt(2), random.nextInt(3), random.nextInt(official + 1), workers > 30,
                    workers > 30 ? workers / 2 : 0, workers > 100, workers > 100 ? workers / 10 : 0,
                    timeline.hasPartyOrganization(enterprise.taxCode()),
                    OwnerAttitude.values()[random.nextInt(3)]), life.on(), life.assignee));
        }
        if (random.nextInt(10) < 9 && life.advance(1, 10)) {
            life.step(life.assigneeActor(), new SurveyClosed(life.taskId, "Đã khảo sát " + surveyed.size()
                    + " doanh nghiệp trên địa bàn.", surveyed.size(), life.on(), life.assignee),
                    new TaskCompleted(life.taskId, TaskKind.SURVEY, life.on(), life.assignee));
        }
    }

    private void cellEstablishment(LocalDate openedOn) {
        Province.Enterprise enterprise = province.enterprise();
        for (int tries = 0; tries < 20 && (establishing.contains(enterprise.taxCode())
                || timeline.hasPartyOrganization(enterprise.taxCode())); tries++) {
            enterprise = province.enterprise();
        }
        if (establishing.contains(enterprise.taxCode()) || timeline.hasPartyOrganization(enterprise.taxCode())) {
            memberTransfer(openedOn);
            return;
        }
        establishing.add(enterprise.taxCode());
        Province.Enterprise target = enterprise;
        Lifecycle life = opening("CellEstablishment", openedOn, 2, "Thành lập chi bộ " + target.name(),
                (taskId, header) -> new CellEstablishmentOpened(taskId, header, target.taxCode(), target.name(), openedOn,
                        OC.userId()));
        if (!life.sharedSteps() || life.cancelledOnceIn(25)) {
            return;
        }
        int engagements = 1 + random.nextInt(5);
        for (int e = 0; e < engagements; e++) {
            if (!life.advance(3, 20)) {
                return;
            }
            boolean last = e == engagements - 1;
            OwnerAttitude attitude = !last ? OwnerAttitude.UNDECIDED
                    : random.nextInt(12) == 0 ? OwnerAttitude.REFUSED : OwnerAttitude.SUPPORTIVE;
            life.step(life.assigneeActor(), new OwnerEngaged(life.taskId, attitude, "Làm việc với chủ doanh nghiệp",
                    life.on(), life.assignee));
            if (attitude == OwnerAttitude.REFUSED) {
                if (life.advance(2, 10)) {
                    life.step(OC, new CellEstablishmentAbandoned(life.taskId, AbandonmentReason.OWNER_REFUSED,
                            "Chủ doanh nghiệp không đồng ý", life.on(), OC.userId()),
                            new TaskCancelled(life.taskId, "Chủ doanh nghiệp không đồng ý", life.on(), OC.userId()));
                }
                return;
            }
        }
        if (!life.advance(5, 30)) {
            return;
        }
        int official = 1 + random.nextInt(7);
        int employed = random.nextInt(5) == 0 ? Math.min(official, 2) : official;
        List<String> refs = new ArrayList<>();
        for (int m = 0; m < official; m++) {
            refs.add("dv-" + uuid().substring(0, 13));
        }
        life.step(life.assigneeActor(), new MemberPoolConfirmed(life.taskId, official, random.nextInt(2), employed, refs,
                life.on(), life.assignee));
        if (employed < 3) {
            if (life.advance(5, 20)) {
                life.step(life.assigneeActor(), new MembersIntroducedToExistingOrganization(life.taskId,
                        "Chi bộ khu dân cư nơi doanh nghiệp đặt trụ sở", official, 0, refs, life.on(), life.assignee),
                        new TaskCompleted(life.taskId, TaskKind.CELL_ESTABLISHMENT, life.on(), life.assignee));
            }
            return;
        }
        if (!life.advance(5, 20)) {
            return;
        }
        life.step(life.assigneeActor(), new EstablishmentProposalSubmitted(life.taskId, "Ban Thường vụ Đảng ủy cấp trên",
                life.on(), life.assignee));
        if (!life.advance(10, 30)) {
            return;
        }
        String decision = (100 + random.nextInt(900)) + "-QĐ/ĐU";
        String organization = "Chi bộ " + target.name();
        List<CellCommitteeAppointment> committee = List.of(new CellCommitteeAppointment(refs.get(0),
                CellCommitteePost.SECRETARY));
        life.step(OC, new EstablishmentDecisionIssued(life.taskId, decision, "Ban Thường vụ Đảng ủy cấp trên",
                organization, committee, life.on(), OC.userId()));
        LocalDate decidedOn = life.on();
        if (!life.advance(3, 15)) {
            return;
        }
        life.step(life.assigneeActor(), new EstablishmentAnnounced(life.taskId, "Hội trường doanh nghiệp", life.on(),
                life.assignee));
        if (!life.advance(1, 10)) {
            return;
        }
        life.step(life.assigneeActor(), new CellEstablishmentCompleted(life.taskId, uuid(), target.taxCode(),
                target.name(), organization, decision, decidedOn, "Ban Thường vụ Đảng ủy cấp trên",
                PartyOrganizationKind.GRASSROOTS_CELL, province.unitOn(decidedOn).id(), official, 0,
                life.on(), life.assignee), new TaskCompleted(life.taskId, TaskKind.CELL_ESTABLISHMENT, life.on(),
                life.assignee));
    }

    private void memberTransfer(LocalDate openedOn) {
        Province.Enterprise enterprise = province.enterprise();
        boolean out = timeline.membersOf(enterprise.taxCode()) > 10 && random.nextInt(4) == 0;
        TransferDirection direction = out ? TransferDirection.ENTERPRISE_TO_RESIDENCE
                : TransferDirection.RESIDENCE_TO_ENTERPRISE;
        boolean temporary = random.nextInt(4) == 0;
        LocalDate decision = openedOn.minusDays(random.nextInt(10));
        Province.Unit residence = province.unitOn(openedOn);
        PartyOrganization home = new PartyOrganization("Chi bộ khu dân cư số " + (1 + random.nextInt(30)),
                residence.id(), null);
        PartyOrganization firm = new PartyOrganization("Chi bộ " + enterprise.name(), province.unitOn(openedOn).id(),
                enterprise.taxCode());
        String memberRef = "dv-" + uuid().substring(0, 13);
        Lifecycle life = opening("MemberTransfer", openedOn, 3, "Chuyển sinh hoạt đảng về doanh nghiệp",
                (taskId, header) -> new MemberTransferRequested(taskId, header, memberRef, direction,
                        temporary ? TransferType.TEMPORARY : TransferType.OFFICIAL,
                        temporary ? new TemporaryPeriod(openedOn, openedOn.plusMonths(3 + random.nextInt(9))) : null,
                        out ? firm : home, out ? home : firm, decision, openedOn, OC.userId()));
        if (!life.sharedSteps() || life.cancelledOnceIn(30)) {
            return;
        }
        if (random.nextInt(15) == 0) {
            if (life.advance(2, 15)) {
                life.step(life.assigneeActor(), new MemberTransferWithdrawn(life.taskId, "Đảng viên xin rút hồ sơ",
                        life.on(), life.assignee), new TaskCancelled(life.taskId, "Đảng viên xin rút hồ sơ", life.on(),
                        life.assignee));
            }
            return;
        }
        if (!life.advance(3, 70)) {
            return;
        }
        life.step(life.assigneeActor(), new IntroductionLetterIssued(life.taskId, (1 + random.nextInt(999)) + "-GGT/ĐU",
                timeliness(decision, 60, life.on()), life.on(), life.assignee));
        LocalDate letter = life.on();
        if (random.nextInt(30) == 0) {
            if (life.advance(2, 15)) {
                life.step(life.assigneeActor(), new MemberTransferReturned(life.taskId, "Hồ sơ thiếu giấy tờ",
                        life.on(), life.assignee), new TaskCancelled(life.taskId, "Hồ sơ thiếu giấy tờ", life.on(),
                        life.assignee));
            }
            return;
        }
        if (!life.advance(2, 35)) {
            return;
        }
        life.step(life.assigneeActor(), new IntroductionLetterAccepted(life.taskId, timeliness(letter, 30, life.on()),
                life.on(), life.assignee));
        if (!life.advance(1, 10)) {
            return;
        }
        life.step(life.assigneeActor(), new MemberTransferCompleted(life.taskId, memberRef, direction,
                temporary ? TransferType.TEMPORARY : TransferType.OFFICIAL, enterprise.taxCode(), life.on(),
                life.assignee), new TaskCompleted(life.taskId, TaskKind.MEMBER_TRANSFER, life.on(), life.assignee));
    }

    private static Timeliness timeliness(LocalDate from, int limit, LocalDate on) {
        LocalDate dueBy = Dates.plusWorkingDays(from, limit);
        int late = Math.max(0, Dates.workingDaysBetween(dueBy, on));
        return late == 0 ? new Timeliness(dueBy, 0, null) : new Timeliness(dueBy, late, "Chờ hoàn thiện hồ sơ");
    }

    private void trainingCourse(LocalDate openedOn) {
        int capacity = 30 + random.nextInt(90);
        Province.Unit organizer = province.unitOn(openedOn);
        LocalDate start = openedOn.plusDays(30 + random.nextInt(30));
        Lifecycle life = opening("TrainingCourse", openedOn, 4, "Lớp bồi dưỡng nghiệp vụ công tác đảng",
                (taskId, header) -> new TrainingCoursePlanned(taskId, header, CourseKind.values()[random.nextInt(4)],
                        organizer.id(), start, start.plusDays(4), capacity, openedOn, OC.userId()));
        if (!life.sharedSteps() || life.cancelledOnceIn(25)) {
            return;
        }
        List<String> enrolled = new ArrayList<>();
        int target = capacity / 2 + random.nextInt(capacity / 2);
        while (enrolled.size() < target) {
            if (random.nextBoolean() && !life.advance(1, 2)) {
                return;
            }
            List<Participant> batch = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(5) && enrolled.size() < target; p++) {
                String ref = "hv-" + uuid().substring(0, 13);
                enrolled.add(ref);
                batch.add(new Participant(ref, province.unitOn(life.on()).id()));
            }
            life.step(life.assigneeActor(), new ParticipantsEnrolled(life.taskId, batch, life.on(), life.assignee));
        }
        for (int w = 0; w < enrolled.size() / 15; w++) {
            String ref = enrolled.remove(random.nextInt(enrolled.size()));
            life.step(life.assigneeActor(), new ParticipantWithdrawn(life.taskId, ref,
                    WithdrawalReason.values()[random.nextInt(4)], life.on(), life.assignee));
        }
        if (!life.advance(3, 15)) {
            return;
        }
        life.step(life.assigneeActor(), new TrainingCourseOpened(life.taskId, life.on(), life.assignee));
        if (!life.advance(4, 8)) {
            return;
        }
        int attended = 0;
        int passed = 0;
        for (int from = 0; from < enrolled.size(); from += 10) {
            List<ParticipantResult> results = new ArrayList<>();
            for (String ref : enrolled.subList(from, Math.min(enrolled.size(), from + 10))) {
                boolean present = random.nextInt(20) != 0;
                boolean pass = present && random.nextInt(10) != 0;
                attended += present ? 1 : 0;
                passed += pass ? 1 : 0;
                results.add(new ParticipantResult(ref, present, pass, pass));
            }
            life.step(life.assigneeActor(), new ParticipantResultsRecorded(life.taskId, results, life.on(),
                    life.assignee));
        }
        if (!life.advance(1, 10)) {
            return;
        }
        life.step(life.assigneeActor(), new TrainingCourseClosed(life.taskId, enrolled.size(), attended, passed, passed,
                life.on(), life.assignee), new TaskCompleted(life.taskId, TaskKind.TRAINING_COURSE, life.on(),
                life.assignee));
    }

    private String uuid() {
        return Ids.uuid(random);
    }
}
