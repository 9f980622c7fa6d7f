package vn.directives.command.task;

import vn.directives.events.generaltask.GeneralTaskOpened;

/**
 * Makes the general task a delegation opens. The general task kind lives in its own package,
 * which depends on this one; the parent reaches it through this interface (a Spring bean Axon
 * injects into the handler) so that the packages stay free of cycles.
 */
public interface SubTaskFactory {

    /** A new general task whose first event is the given opening. */
    Task open(GeneralTaskOpened opening);
}
