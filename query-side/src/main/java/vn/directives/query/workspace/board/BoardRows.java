package vn.directives.query.workspace.board;

import org.springframework.stereotype.Component;
import vn.directives.query.taskboard.TaskPage;
import vn.directives.query.taskboard.TaskView;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page of the board into rows people read: the board already answers each id with its
 * name at the date (vn.directives.query.names.Names); an id without a name is shown as it is.
 */
@Component
public class BoardRows {

    public List<BoardRow> of(TaskPage page) {
        return page.page().items().stream().map(BoardRows::row).toList();
    }

    private static BoardRow row(TaskView task) {
        List<String> coordinating = new ArrayList<>();
        for (int i = 0; i < task.coordinatingUnitIds().size(); i++) {
            String name = i < task.coordinatingUnitNames().size() ? task.coordinatingUnitNames().get(i) : null;
            coordinating.add(name == null ? task.coordinatingUnitIds().get(i) : name);
        }
        TaskView.AsOf asOf = task.asOf();
        String assigneeId = asOf != null && asOf.assigneeId() != null ? asOf.assigneeId() : task.assigneeId();
        String assigneeName = asOf != null && asOf.assigneeId() != null ? asOf.assigneeName() : task.assigneeName();
        return new BoardRow(task.id(), task.title(), task.kind(), or(task.directiveNumber(), task.directiveId()),
                task.pointNumber(), or(task.leadUnitName(), task.leadUnitId()), coordinating,
                or(assigneeName, assigneeId), task.enterpriseName(),
                asOf == null ? task.dueDate() : asOf.dueDate(), asOf == null ? null : asOf.category(), task.status());
    }

    private static String or(String name, String id) {
        return name == null ? id : name;
    }
}
