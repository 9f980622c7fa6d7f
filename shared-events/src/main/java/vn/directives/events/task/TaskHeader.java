package vn.directives.events.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What every task has, whatever its kind: the directive point it follows up, its title, the
 * lead unit (đơn vị chủ trì), the coordinating units (đơn vị phối hợp), the Steering Committee
 * member it is assigned to, and its due date.
 */
public record TaskHeader(
        String directiveId,
        int pointNumber,
        String title,
        String leadUnitId,
        List<String> coordinatingUnitIds,
        String assigneeId,
        LocalDate dueDate) {

    public TaskHeader {
        coordinatingUnitIds = coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
    }
}
