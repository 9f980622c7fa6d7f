package vn.directives.command.unit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.task.TaskFixtures;
import vn.directives.events.unit.UnitKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the append lock costs (docs/event-store.md): commands per second through the command bus
 * (each registers a unit: one event, the unit lookup updated in the same transaction), with the
 * shared storage engine and with Axon's default append statement instead, in the same run.
 * Not a test (no assertion on time); run it explicitly:
 * {@code deploy/test -pl command-side -am -Dtest=AppendLockBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AppendLockBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(10);
    private static final int[] THREADS = {1, 4, 8};

    @Test
    void commands_per_second_with_and_without_the_append_lock() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String round : List.of("with lock", "without lock", "with lock (again)")) {
            try (ConfigurableApplicationContext side = start(round.startsWith("without"))) {
                CommandGateway commands = side.getBean(CommandGateway.class);
                for (int threads : THREADS) {
                    run(commands, threads, WARM_UP);
                    long done = run(commands, threads, MEASURED);
                    lines.add("%-18s %d thread(s): %7.1f commands/s".formatted(round, threads,
                            done / (double) MEASURED.toSeconds()));
                }
            }
        }
        System.out.println("AppendLockBenchmark\n  " + String.join("\n  ", lines));
    }

    private static ConfigurableApplicationContext start(boolean withoutLock) {
        List<Class<?>> sources = new ArrayList<>(List.of(CommandSideApplication.class));
        if (withoutLock) {
            sources.add(WithoutAppendLock.class);
        }
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.main.allow-bean-definition-overriding=true",
                        "--directives.urging.scheduler=manual");
    }

    private static long run(CommandGateway commands, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            counts.add(pool.submit(() -> {
                long done = 0;
                while (!stop.get()) {
                    commands.sendAndWait(new RegisterUnit(UUID.randomUUID().toString(), "Đơn vị đo tải",
                            UnitKind.ORGANIZATION_COMMITTEE, null, LocalDate.of(2015, 1, 1),
                            TaskFixtures.organizationCommittee()));
                    done++;
                }
                return done;
            }));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total;
    }

    /** The same engine as the shared configuration's, with Axon's own append statement (no lock). */
    @Configuration(proxyBeanMethods = false)
    static class WithoutAppendLock {

        @Bean
        @Primary
        EventStorageEngine eventStorageEngineWithoutLock(Serializer defaultSerializer,
                                                         @Qualifier("eventSerializer") Serializer eventSerializer,
                                                         PersistenceExceptionResolver persistenceExceptionResolver,
                                                         org.axonframework.config.Configuration configuration,
                                                         ConnectionProvider connectionProvider,
                                                         TransactionManager transactionManager,
                                                         EventSchema eventSchema) {
            return JdbcEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .eventSerializer(eventSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .snapshotFilter(configuration.snapshotFilter())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(eventSchema)
                    .dataType(byte[].class)
                    .build();
        }
    }
}
