package vn.directives.query.workspace.board;

import org.springframework.stereotype.Component;
import vn.directives.query.taskboard.TaskPage;
import vn.directives.query.taskboard.TaskView;
import vn.directives.query.workspace.Names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a page of the board into rows people read: every id replaced by its name at the date. */
@Component
public class BoardRows {

    private final Names names;

    BoardRows(Names names) {
        this.names = names;
    }

    public List<BoardRow> of(TaskPage page) {
        LocalDate at = page.at();
        List<String> unitIds = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        List<String> directiveIds = new ArrayList<>();
        for (TaskView task : page.items()) {
            unitIds.add(task.leadUnitId());
            unitIds.addAll(task.coordinatingUnitIds());
            memberIds.add(assignee(task));
            directiveIds.add(task.directiveId());
        }
        Map<String, String> units = names.units(unitIds, at);
        Map<String, String> members = names.members(memberIds);
        Map<String, String> directives = names.directives(directiveIds);
        return page.items().stream().map(task -> new BoardRow(task.id(), task.title(), task.kind(),
                directives.getOrDefault(task.directiveId(), task.directiveId()), task.pointNumber(),
                units.getOrDefault(task.leadUnitId(), task.leadUnitId()),
                task.coordinatingUnitIds().stream().map(id -> units.getOrDefault(id, id)).toList(),
                members.getOrDefault(assignee(task), assignee(task)),
                task.asOf() == null ? task.dueDate() : task.asOf().dueDate(),
                task.asOf() == null ? null : task.asOf().category(), task.status())).toList();
    }

    /** The member the task was assigned to at the date shown, else its current assignee. */
    private static String assignee(TaskView task) {
        return task.asOf() != null && task.asOf().assigneeId() != null ? task.asOf().assigneeId() : task.assigneeId();
    }
}
