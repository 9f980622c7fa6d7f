package vn.directives.query.workspace.task;

import vn.directives.events.task.TaskKind;

import java.util.List;

/** What deciding which steps to offer needs to know about a task, from the task board. */
record TaskState(String id, TaskKind kind, boolean open, String stage, String assigneeId, String leadUnitId,
                 List<String> coordinatingUnitIds, String pendingExtensionId, long version) {
}
