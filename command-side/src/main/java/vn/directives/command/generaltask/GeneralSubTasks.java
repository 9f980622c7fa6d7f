package vn.directives.command.generaltask;

import org.springframework.stereotype.Component;
import vn.directives.command.task.SubTaskFactory;
import vn.directives.command.task.Task;
import vn.directives.events.generaltask.GeneralTaskOpened;

/** Every delegated part of a task is a general task. */
@Component
class GeneralSubTasks implements SubTaskFactory {

    @Override
    public Task open(GeneralTaskOpened opening) {
        return new GeneralTask(opening);
    }
}
