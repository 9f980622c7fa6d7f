package vn.directives.query.workspace.task;

import vn.directives.events.task.TaskKind;

import java.util.Arrays;
import java.util.Optional;

/** The command side's collection (URL segment) of each task kind. */
final class TaskCollections {

    private TaskCollections() {
    }

    static String of(TaskKind kind) {
        return switch (kind) {
            case SURVEY -> "surveys";
            case CELL_ESTABLISHMENT -> "cell-establishments";
            case MEMBER_TRANSFER -> "member-transfers";
            case TRAINING_COURSE -> "training-courses";
        };
    }

    /** The kind whose collection this is, as the opening forms' {@code ?kind=} names it. */
    static Optional<TaskKind> kindOf(String collection) {
        return Arrays.stream(TaskKind.values()).filter(kind -> of(kind).equals(collection)).findFirst();
    }
}
