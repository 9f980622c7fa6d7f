package vn.directives.query.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every sentence the timeline tells, gathered from one class per task kind and one for the
 * steps all kinds share: each event class has one template that says what the event changed.
 * A test proves that every task event has one.
 */
final class TimelineSentences {

    private final Map<Class<?>, Function<Object, WhatChanged>> templates = new HashMap<>();

    private TimelineSentences() {
    }

    static TimelineSentences forEveryTaskEvent() {
        TimelineSentences sentences = new TimelineSentences();
        TaskSentences.addTo(sentences);
        SurveySentences.addTo(sentences);
        CellEstablishmentSentences.addTo(sentences);
        MemberTransferSentences.addTo(sentences);
        TrainingCourseSentences.addTo(sentences);
        GeneralTaskSentences.addTo(sentences);
        UrgingSentences.addTo(sentences);
        DiscussionSentences.addTo(sentences);
        return sentences;
    }

    <E> void add(Class<E> type, Function<E, WhatChanged> template) {
        templates.put(type, event -> template.apply(type.cast(event)));
    }

    WhatChanged describe(Object event) {
        Function<Object, WhatChanged> template = templates.get(event.getClass());
        if (template == null) {
            throw new IllegalArgumentException("No timeline sentence for " + event.getClass().getSimpleName());
        }
        return template.apply(event);
    }

    Set<Class<?>> describedTypes() {
        return Set.copyOf(templates.keySet());
    }
}
