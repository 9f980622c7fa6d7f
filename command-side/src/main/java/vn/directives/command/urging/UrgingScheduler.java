package vn.directives.command.urging;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the urging steps that are due, when the scheduler is in {@code manual} mode (tests move
 * the clock and call this instead of waiting for a poll). In {@code polling} mode the scheduler
 * does it by itself every polling interval.
 */
@Component
public class UrgingScheduler {

    private final Scheduler scheduler;

    UrgingScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void runDueSteps() {
        if (!(scheduler instanceof ManualScheduler manual)) {
            throw new IllegalStateException("The scheduler polls by itself (directives.urging.scheduler=polling)");
        }
        manual.runAnyDueExecutions();
    }
}
