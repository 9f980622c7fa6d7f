package vn.directives.query.workspace.task;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.directives.query.discussion.TaskDiscussion;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.TaskBoard;

import java.util.UUID;

/**
 * Adds the discussion section to every task page the page controller draws, so that the section
 * is there whichever step was just taken or refused, and the page controller need not know it.
 */
@ControllerAdvice(assignableTypes = TaskPageController.class)
class DiscussionPanels {

    private final TaskBoard board;
    private final TaskDiscussion discussion;

    DiscussionPanels(TaskBoard board, TaskDiscussion discussion) {
        this.board = board;
        this.discussion = discussion;
    }

    @ModelAttribute("discussion")
    DiscussionPanel panel(@PathVariable(required = false) String taskId) {
        if (taskId == null) {
            return DiscussionPanel.none();
        }
        return board.one(taskId, null, QueryParameters.today())
                .map(task -> new DiscussionPanel(task.id(),
                        discussion.comments(task.id()).stream().map(DiscussionPanel::line).toList(),
                        discussion.attachments(task.id()).stream().map(DiscussionPanel::line).toList(),
                        discussion.contributions(task.id()).stream().map(DiscussionPanel::line).toList(),
                        Actors.current().mayDiscuss(task.assigneeId(), task.leadUnitId(), task.coordinatingUnitIds()),
                        UUID.randomUUID().toString()))
                .orElse(DiscussionPanel.none());
    }
}
