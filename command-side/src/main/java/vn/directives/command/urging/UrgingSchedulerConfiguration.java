package vn.directives.command.urging;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.directives.command.calendar.WorkingDayCalendar;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The db-scheduler {@link Scheduler} behind Axon's deadline manager (Axon's
 * {@code AxonDbSchedulerAutoConfiguration} builds the {@code DbSchedulerDeadlineManager} on it):
 * jobs in {@code command.scheduled_tasks}, the application's {@link Clock} as its time, and the
 * command's transaction for scheduling and cancelling (so a step is scheduled if and only if the
 * events that call for it are stored).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UrgingSettings.class)
@EnableScheduling
class UrgingSchedulerConfiguration {

    static final String TABLE = "command.scheduled_tasks";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    @Bean
    Scheduler dbScheduler(DataSource dataSource, List<Task<?>> tasks, UrgingSettings settings, Clock clock) {
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        return new ClockedSchedulerBuilder(transactional, tasks, clock)
                .tableName(TABLE)
                .pollingInterval(settings.pollingInterval())
                .threads(2)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
    }

    /**
     * Starts the polling scheduler once the application is up (unless this instance must not run it)
     * and stops it first on shutdown.
     * Axon registers its deadline manager's start-up handler only for components of its own
     * configuration, not for this Spring bean, so nothing else starts it.
     */
    @Bean
    SmartLifecycle urgingSchedulerLifecycle(Scheduler scheduler, UrgingSettings settings) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (settings.runScheduler()) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (settings.runScheduler()) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 1000;
            }
        };
    }

    @Bean
    UrgingPlan urgingPlan(WorkingDayCalendar calendar, UrgingSettings settings, Clock clock) {
        return new UrgingPlan(calendar, clock.getZone(), settings.sendAt());
    }

    /** Urging runs in the command's transaction: its failure fails the command, never skipped silently. */
    @Bean
    ConfigurerModule urgingFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                UrgingScheduling.GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** The builder keeps its clock protected; this subclass sets it. */
    private static final class ClockedSchedulerBuilder extends SchedulerBuilder {

        ClockedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
            super(dataSource, tasks);
            this.clock = clock::instant;
        }
    }
}
