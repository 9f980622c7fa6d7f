package vn.directives.query.taskboard;

import java.util.List;

/**
 * How far a task is, in percent: the last progress reported, 100 once completed (whatever was last
 * reported), and for a task with sub-tasks the mean of its direct sub-tasks that were not cancelled.
 */
final class Progress {

    private Progress() {
    }

    static int of(TaskStatus status, Integer reported) {
        if (status == TaskStatus.COMPLETED) {
            return 100;
        }
        return reported == null ? 0 : reported;
    }

    /** The mean progress of the direct sub-tasks not cancelled, rounded; null when there is none. */
    static Integer ofDirectSubTasks(List<TaskView.SubTask> subTasks) {
        List<TaskView.SubTask> counted = subTasks.stream()
                .filter(sub -> sub.depth() == 1 && !TaskStatus.CANCELLED.name().equals(sub.status()))
                .toList();
        if (counted.isEmpty()) {
            return null;
        }
        return (int) Math.round(counted.stream().mapToInt(TaskView.SubTask::progress).average().orElseThrow());
    }
}
