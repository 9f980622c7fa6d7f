package vn.directives.query.workspace.task;

import vn.directives.platform.web.TaskKindCollection;
import vn.directives.events.task.TaskKind;

import java.util.List;
import java.util.Set;

/**
 * One step a task's page may offer: the command side's sub-resource it posts to, who may take
 * it, at which of the kind's stages, and its fields. {@link StepTable} lists every step once.
 *
 * @param name      the step's name in the page's URL ({@code /tasks/{id}/steps/{name}}), unique per kind
 * @param kind      the kind whose own step it is, or null for a step every kind shares
 * @param path      the sub-resource under {@code /api/{collection}/{taskId}/}; {@code {extensionId}}
 *                  stands for the pending extension request
 * @param who       who may take it
 * @param atStages  the kind's stages (the board's {@code step}) at which it is offered; empty: any
 * @param extension what it needs of a pending extension request
 */
record Step(String name, TaskKind kind, String path, Who who, Set<String> atStages, Extension extension,
            List<FormField> fields) {

    /** Who may take a step. */
    enum Who {
        /** The Organization Committee, the task's assignee or an officer of its lead unit. */
        ACTING,
        /** The Organization Committee only. */
        ORGANIZATION_COMMITTEE,
        /** The Organization Committee or an officer of the task's lead unit (urging on the spot). */
        URGING,
        /** Whoever may act, or an officer of a coordinating unit, for its own part (a progress report). */
        CONTRIBUTING
    }

    /** What a step needs of a pending extension request. */
    enum Extension {
        ANY,
        NONE_PENDING,
        PENDING
    }

    /** The label of the step's heading and button. */
    String labelKey() {
        return kind == null ? "step." + name : "step." + TaskKindCollection.of(kind).collection() + "." + name;
    }

    /** The hint under its heading, if the bundle has one. */
    String hintKey() {
        return labelKey() + ".hint";
    }

    boolean isOfKind(TaskKind taskKind) {
        return kind == null || kind == taskKind;
    }

    /** Whether this step is offered on the task, as it stands, to the actor. */
    boolean offered(TaskState task, Actor actor) {
        if (!task.open() || !isOfKind(task.kind())) {
            return false;
        }
        if (!atStages.isEmpty() && !atStages.contains(task.stage())) {
            return false;
        }
        boolean pending = task.pendingExtensionId() != null;
        if ((extension == Extension.PENDING && !pending) || (extension == Extension.NONE_PENDING && pending)) {
            return false;
        }
        return switch (who) {
            case ORGANIZATION_COMMITTEE -> actor.isOrganizationCommittee();
            case URGING -> actor.mayUrge(task.leadUnitId());
            case ACTING -> actor.mayActOn(task.assigneeId(), task.leadUnitId());
            case CONTRIBUTING -> actor.mayDiscuss(task.assigneeId(), task.leadUnitId(), task.coordinatingUnitIds());
        };
    }

    /** The command side's path of this step on the task. */
    String apiPath(TaskState task) {
        String sub = path.replace("{extensionId}", String.valueOf(task.pendingExtensionId()));
        return "/api/" + TaskKindCollection.of(task.kind()).collection() + "/" + task.id() + "/" + sub;
    }
}
