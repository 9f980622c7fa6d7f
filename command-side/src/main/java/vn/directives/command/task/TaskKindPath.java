package vn.directives.command.task;

import vn.directives.events.task.TaskKind;

import java.util.Map;

/** The URL collection of each task kind. */
public final class TaskKindPath {

    /** Matches exactly the four collections, for request mappings. */
    public static final String PATTERN = "surveys|cell-establishments|member-transfers|training-courses";

    private static final Map<String, TaskKind> KINDS = Map.of(
            "surveys", TaskKind.SURVEY,
            "cell-establishments", TaskKind.CELL_ESTABLISHMENT,
            "member-transfers", TaskKind.MEMBER_TRANSFER,
            "training-courses", TaskKind.TRAINING_COURSE);

    private TaskKindPath() {
    }

    static TaskKind kindOf(String collection) {
        return KINDS.get(collection);
    }
}
