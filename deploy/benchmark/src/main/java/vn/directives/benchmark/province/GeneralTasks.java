package vn.directives.benchmark.province;

import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * General tasks (nhiệm vụ): a duty of a directive's point led by a provincial body, whose outcome
 * is a product (a report, a plan, a conference, guidance). Half of them give parts of the work to
 * commune and ward committees as sub-tasks (1 to 3, each due no later than the whole, opened by the
 * delegation itself), as the province forwards work to the level below; every one reports
 * progress a few times and most end with their product.
 */
final class GeneralTasks {

    static final String TYPE = "GeneralTask";

    /** Duties of a directive's points beyond the four kinds, and the product each ends with. */
    static final String[][] DUTIES = {
            {"Quán triệt, triển khai chỉ thị đến cán bộ, đảng viên", "Báo cáo"},
            {"Tổ chức đối thoại giữa lãnh đạo và chủ doanh nghiệp", "Hội nghị"},
            {"Kiểm tra, giám sát sinh hoạt chi bộ trong doanh nghiệp", "Báo cáo"},
            {"Xây dựng mô hình điểm tổ chức đảng trong doanh nghiệp", "Kế hoạch"},
            {"Hướng dẫn đánh giá, xếp loại chất lượng tổ chức đảng", "Văn bản hướng dẫn"},
            {"Sắp xếp, kiện toàn tổ chức đảng trong doanh nghiệp", "Báo cáo"}};
    private static final String[] PROGRESS = {"Đã ban hành kế hoạch, phân công cán bộ phụ trách.",
            "Đã làm việc với các đơn vị, tổng hợp số liệu bước đầu.",
            "Đã tổ chức hội nghị, đang hoàn thiện báo cáo."};

    private final Random random;
    private final Timeline timeline;
    private final Province province;

    GeneralTasks(Random random, Timeline timeline, Province province) {
        this.random = random;
        this.timeline = timeline;
        this.province = province;
    }

    /** The life of a general task opened by the Organization Committee ({@code life} has its opening). */
    void follow(Lifecycle life, String product) {
        if (!life.sharedSteps() || life.cancelledOnceIn(25)) {
            return;
        }
        if (random.nextBoolean()) {
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (!life.advance(1, 10)) {
                    return;
                }
                delegate(life, product);
            }
        }
        progressAndProduct(life, 1 + random.nextInt(3), product);
    }

    /** A part of {@code parent} given to a commune or ward committee, and the part's own life. */
    private void delegate(Lifecycle parent, String product) {
        LocalDate on = parent.on();
        long room = ChronoUnit.DAYS.between(on, parent.dueDate()) - 7;
        if (room < 0) {
            return;  // due within a week: no part can be due after its delegation and by the whole's due date
        }
        LocalDate due = on.plusDays(7 + random.nextInt((int) Math.min(90, room) + 1));
        Province.Unit commune = province.communeOn(on);
        String assignee = province.memberFor(on).id();
        String subTaskId = Ids.uuid(random);
        String title = "Thực hiện tại cơ sở: " + parent.header.title();
        TaskHeader part = new TaskHeader(parent.header.directiveId(), parent.header.pointNumber(), title, commune.id(),
                List.of(), assignee, due);
        parent.delegate(new GeneralTaskOpened(subTaskId, part, "Phần việc giao cấp xã, phường", product,
                        parent.taskId, on, parent.assignee),
                new SubTaskDelegated(parent.taskId, subTaskId, title, commune.id(), assignee, due, on, parent.assignee));
        Lifecycle sub = new Lifecycle(random, timeline, province, TYPE, subTaskId, on, due, assignee);
        sub.header = part;
        sub.notBefore(parent.lastRecorded());
        progressAndProduct(sub, 1 + random.nextInt(2), product);
        sub.discussTheOutcome(GENERAL_DOCUMENTS_PERCENT);
    }

    /** Share of completed general tasks and sub-tasks with documents attached: their product, mostly. */
    static final int GENERAL_DOCUMENTS_PERCENT = 60;

    private void progressAndProduct(Lifecycle life, int reports, String product) {
        int percent = 0;
        for (int r = 0; r < reports; r++) {
            if (!life.advance(5, 30)) {
                return;
            }
            int next = Math.min(90, percent + 10 + random.nextInt(40));
            life.step(life.assigneeActor(), new ProgressReported(life.taskId, next, percent,
                    PROGRESS[random.nextInt(PROGRESS.length)], null, life.on(), life.assignee));
            percent = next;
        }
        if (random.nextInt(10) < 8 && life.advance(3, 25)) {
            String document = product + " số " + (1 + random.nextInt(300)) + "-BC/ĐU về kết quả thực hiện";
            life.step(life.assigneeActor(), new GeneralTaskCompleted(life.taskId, document, life.on(), life.assignee),
                    new TaskCompleted(life.taskId, TaskKind.GENERAL, life.on(), life.assignee));
        }
    }
}
