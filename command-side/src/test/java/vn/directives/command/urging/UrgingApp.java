package vn.directives.command.urging;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.support.Api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * A command side started by a test on the real PostgreSQL, with the test's clock, its urging
 * scheduler not polling (the test runs due steps with {@link #runDueSteps()}) and its mail going
 * to the test's SMTP server. Several may run on
 * one database at once, and one may be stopped and another started on the same database.
 */
final class UrgingApp implements AutoCloseable {

    static final String ORGANIZATION_COMMITTEE = "van-phong@bantochuc.test";
    static final String UNITS = "don-vi@bantochuc.test";

    /**
     * The parent of every such application. Closing a top-level Spring Boot application cleans up
     * the JVM-wide logging system; two applications started at once later in this JVM then race
     * to set it up again ("Unable to find Spring Environment in logger context"). Spring Boot
     * leaves logging alone when a child application closes.
     */
    private static final GenericApplicationContext PARENT = new GenericApplicationContext();

    static {
        PARENT.refresh();
    }

    private final ConfigurableApplicationContext context;
    private final MovableClock clock;
    private ManualScheduler manual;

    UrgingApp(MovableClock clock, int smtpPort) {
        this(clock, smtpPort, "--directives.urging.run-scheduler=false");
    }

    /** With more arguments, e.g. another scheduler mode; later arguments win. */
    UrgingApp(MovableClock clock, int smtpPort, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--directives.urging.organization-committee-emails=" + ORGANIZATION_COMMITTEE,
                "--directives.urging.unit-emails=*=" + UNITS,
                "--directives.urging.task-link-base=http://query.test"));
        all.addAll(List.of(arguments));
        this.clock = clock;
        context = new SpringApplicationBuilder(CommandSideApplication.class)
                .parent(PARENT)
                .properties(CommandSideApplication.CONFIG_NAME)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", (Clock) clock))
                .run(all.toArray(String[]::new));
    }

    Api api() {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * Takes every urging step due at the test's clock, as the polling scheduler would on its next
     * poll: db-scheduler's manual scheduler on the same table, tasks and transactions.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    void runDueSteps() {
        if (manual == null) {
            List<Task<?>> tasks = new ArrayList<>((Collection) context.getBeansOfType(Task.class).values());
            manual = (ManualScheduler) new TestHelper.ManualSchedulerBuilder(
                    new TransactionAwareDataSourceProxy(context.getBean(DataSource.class)), tasks)
                    .clock(new TestClock(clock))
                    .tableName(UrgingSchedulerConfiguration.TABLE)
                    .build();
        }
        manual.runAnyDueExecutions();
    }

    /** db-scheduler reads the time from its own clock type; this one asks the test's. */
    private static final class TestClock extends SettableClock {

        private final MovableClock clock;

        TestClock(MovableClock clock) {
            this.clock = clock;
        }

        @Override
        public Instant now() {
            return clock.instant();
        }
    }

    int sendDueNotices() {
        return context.getBean(NoticeSender.class).sendDue();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** The payload types stored for the task, in order, without their package. */
    List<String> events(String taskId) {
        return jdbc().sql("""
                        SELECT payload_type FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id ORDER BY sequence_number""")
                .param("id", taskId).query(String.class).list()
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    @Override
    public void close() {
        context.close();
    }
}
