package vn.directives.query.taskboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A directive point by point at a date ({@link DirectivePoints}): each point's tasks opened on
 * their own, their categories and their mean progress (null for a point without tasks).
 */
public record PointsView(String directiveId, LocalDate at, List<Point> points) {

    public record Point(int pointNumber, Categories categories, Integer progress, List<PointTask> tasks) {
    }

    /** The four categories, their total, the overdue percentage (late and overdue over the total) and the cancelled apart. */
    public record Categories(int doneOnTime, int doneLate, int openWithinDeadline, int openOverdue, int total,
                             BigDecimal overduePercent, int cancelled) {
    }

    /** A task of the point: its category at the date, its progress and how many sub-tasks it has. */
    public record PointTask(String id, String kind, String kindLabel, String kindLabelEn, String title, String href,
                            String status, LocalDate dueDate, String category, String categoryLabel,
                            String categoryLabelEn, int progress, int subTaskCount, Integer subTasksProgress) {
    }
}
