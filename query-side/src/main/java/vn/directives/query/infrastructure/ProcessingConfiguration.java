package vn.directives.query.infrastructure;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import vn.directives.platform.eventstore.OutOfOrderDeliveries;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every processor of the query side shares, whoever writes its projection:
 * <ul>
 *     <li>a failing handler fails its batch, which is retried (and the processor shows an error
 *     state) instead of being logged and skipped: a read model never silently misses an event;
 *     the failure is remembered ({@link ProcessorFailures}) until a batch commits again;</li>
 *     <li>pooled processors store the token of a segment that only skipped events after
 *     {@code directives.query.processors.claim-extension-threshold} (Axon's default is 5 s), so
 *     another instance reading the token table sees their progress soon;</li>
 *     <li>a {@link HandledEventTally} in every processor, for reconciliation, taking only the
 *     event types the processor's projections handle;</li>
 *     <li>each processor reads the event store paced by its own progress ({@link StreamPacing}), so
 *     that Axon's coordinator never waits on its fixed 100 ms timer for a full buffer
 *     ({@code directives.query.processors.pacing}, on by default).</li>
 * </ul>
 * Processing groups are found as Axon finds them (the beans with {@link EventHandler} methods); each
 * is its own processor, named after the group (the project's convention, and Axon's default), unless
 * {@code directives.query.processors.layout} puts several in one ({@link ProcessorLayout}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /** Above the default assignment of annotated handlers, so the rule picks the tallies only. */
    private static final int TALLY_ASSIGNMENT_PRIORITY = 1_000;

    /** How often a held stream looks whether its processor has made room ({@link StreamPacing}). */
    private static final Duration PACING_INTERVAL = Duration.ofMillis(2);

    @Bean
    ProcessorTallies processorTallies() {
        return new ProcessorTallies();
    }

    @Bean
    ProcessorLayout processorLayout(ConfigurableListableBeanFactory beans,
                                    @Value("${directives.query.processors.layout:}") String layout) {
        return ProcessorLayout.of(layout, processingGroups(beans));
    }

    @Bean(destroyMethod = "shutDown")
    StreamPacing streamPacing() {
        return new StreamPacing(PACING_INTERVAL);
    }

    @Bean
    ConfigurerModule queryProcessing(ObjectProvider<JdbcTemplate> jdbc, ProcessorFailures failures,
                                     ProcessorTallies tallies, ProcessorLayout layout,
                                     ObjectProvider<EventProcessorProperties> properties,
                                     OutOfOrderDeliveries outOfOrder, StreamPacing pacing,
                                     @Value("${directives.query.processors.claim-extension-threshold:1s}")
                                     Duration claimExtensionThreshold,
                                     @Value("${directives.query.processors.pacing:true}") boolean paced) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
            processing.registerDefaultErrorHandler(configuration -> failures.recording());
            processing.registerPooledStreamingEventProcessorConfiguration(
                    (configuration, builder) -> builder.claimExtensionThreshold(claimExtensionThreshold.toMillis()));
            processing.assignProcessingGroup(layout::processorOf);
            layout.processors().forEach((processor, groups) -> {
                if (paced) {
                    processing.registerPooledStreamingEventProcessorConfiguration(processor,
                            (configuration, builder) -> builder.messageSource(pacing.source(processor, configuration)));
                }
                if (layout.combines(processor)) {
                    registerCombined(processing, processor, settingsOf(properties.getIfAvailable(), groups.get(0)));
                }
                processing.registerEventHandler(configuration -> tallies.add(
                        new HandledEventTally(processor, jdbc.getObject(), failures, outOfOrder, configuration)));
                processing.assignHandlerInstancesMatching(groups.get(0), TALLY_ASSIGNMENT_PRIORITY,
                        handler -> handler instanceof HandledEventTally tally
                                && tally.processor().equals(processor));
            });
        };
    }

    /**
     * A processor the layout made of several groups, pooled, with the settings of its first group's
     * processor in {@code axon.eventhandling.processors} (batch size, initial segment count, token
     * claim interval, worker threads), as Axon's Spring configuration would build it under that name.
     */
    private static void registerCombined(EventProcessingConfigurer processing, String processor,
                                         EventProcessorProperties.ProcessorSettings settings) {
        processing.registerPooledStreamingEventProcessor(processor, org.axonframework.config.Configuration::eventStore,
                (configuration, builder) -> {
                    ScheduledExecutorService workers = Executors.newScheduledThreadPool(Math.max(1,
                            settings.getThreadCount()), new AxonThreadFactory("WorkPackage[" + processor + "]"));
                    configuration.onShutdown(workers::shutdown);
                    builder.workerExecutor(workers)
                            .batchSize(settings.getBatchSize())
                            .tokenClaimInterval(settings.getTokenClaimIntervalTimeUnit()
                                    .toMillis(settings.getTokenClaimInterval()));
                    if (settings.getInitialSegmentCount() != null) {
                        builder.initialSegmentCount(settings.getInitialSegmentCount());
                    }
                    return builder;
                });
    }

    private static EventProcessorProperties.ProcessorSettings settingsOf(EventProcessorProperties properties,
                                                                         String group) {
        EventProcessorProperties.ProcessorSettings settings =
                properties == null ? null : properties.getProcessors().get(group);
        return settings != null ? settings : new EventProcessorProperties.ProcessorSettings();
    }

    /**
     * No correlation data: the query side sends no message through Axon (no command, event or
     * query comes out of a handler), yet Axon asks the providers for every event a processor
     * handles (the result message of each handler call takes them), and Axon's default provider
     * reads the event's metadata for it, i.e. deserializes the metadata of every event of every
     * processor. That was 16% of the query side's CPU while replaying (docs/event-store.md).
     * Replaces Axon's default {@code MessageOriginProvider} (conditional on no provider bean).
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /**
     * The processing group of every bean with event handlers, named as Axon names it: the
     * {@link ProcessingGroup} annotation, or else the bean's package.
     */
    private static Set<String> processingGroups(ConfigurableListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !handlesEvents(ClassUtils.getUserClass(type))) {
                continue;
            }
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            groups.add(group != null ? group.value() : ClassUtils.getUserClass(type).getPackageName());
        }
        return groups;
    }

    private static boolean handlesEvents(Class<?> type) {
        return !MethodIntrospector.selectMethods(type, (ReflectionUtils.MethodFilter) method ->
                AnnotatedElementUtils.hasAnnotation(method, EventHandler.class)).isEmpty();
    }
}
