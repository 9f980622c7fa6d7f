package vn.directives.query.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which processor runs each processing group of the query side
 * ({@code directives.query.processors.layout}, docs/event-store.md, "Processors and segments on 2
 * cores"). By default (an empty layout) every group is a processor of its own, named after the group.
 * A layout names processors that take several groups, separated by {@code ;}:
 * {@code name=group+group}, and at most one {@code name=*} for every group not named elsewhere; a
 * group not named stays a processor of its own. For example {@code read-models=*} puts every group in
 * one processor, {@code task-timeline=task-timeline;other-read-models=*} keeps the timeline alone and
 * the rest together.
 * <p>
 * A processor's groups share its stream, its batches, its token and its rebuild: a rebuild of a
 * processor that holds several groups rebuilds every read model in it, and its position is theirs.
 */
public final class ProcessorLayout {

    private final Map<String, String> processorOfGroup;
    private final Map<String, List<String>> processors;

    private ProcessorLayout(Map<String, String> processorOfGroup) {
        this.processorOfGroup = Map.copyOf(processorOfGroup);
        Map<String, List<String>> byProcessor = new TreeMap<>();
        new TreeMap<>(processorOfGroup).forEach((group, processor) ->
                byProcessor.computeIfAbsent(processor, name -> new ArrayList<>()).add(group));
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        byProcessor.forEach((name, groups) -> frozen.put(name, List.copyOf(groups)));
        this.processors = Collections.unmodifiableMap(frozen);
    }

    /**
     * The layout described by {@code spec} over the application's processing groups.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown group, a group named twice,
     *                                  a second {@code *}, an entry without a name or a group, a
     *                                  processor named after a group that runs elsewhere
     */
    public static ProcessorLayout of(String spec, Collection<String> groups) {
        Set<String> known = new TreeSet<>(groups);
        Map<String, String> assigned = new TreeMap<>();
        String rest = null;
        for (String entry : spec == null ? new String[0] : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String processor = equals < 0 ? "" : entry.substring(0, equals).strip();
            String members = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (processor.isEmpty() || members.isEmpty()) {
                throw new IllegalArgumentException("processor layout entry '" + entry.strip()
                        + "' is not name=group+group or name=*");
            }
            if (members.equals("*")) {
                if (rest != null) {
                    throw new IllegalArgumentException("processor layout names two processors for the other groups (*): "
                            + rest + " and " + processor);
                }
                rest = processor;
                continue;
            }
            for (String member : members.split("\\+")) {
                String group = member.strip();
                if (!known.contains(group)) {
                    throw new IllegalArgumentException("processor layout names processing group '" + group
                            + "', which the query side does not have (it has " + known + ")");
                }
                String earlier = assigned.putIfAbsent(group, processor);
                if (earlier != null) {
                    throw new IllegalArgumentException("processor layout puts processing group '" + group
                            + "' in two processors: " + earlier + " and " + processor);
                }
            }
        }
        Map<String, String> layout = new TreeMap<>();
        for (String group : known) {
            layout.put(group, assigned.getOrDefault(group, rest != null ? rest : group));
        }
        // A processor named after a group runs that group alone: the tokens stored under the name are that
        // group's, and another group joining them would start from that group's position, not from the start.
        for (Map.Entry<String, String> entry : layout.entrySet()) {
            String processor = entry.getValue();
            if (known.contains(processor) && !entry.getKey().equals(processor)) {
                throw new IllegalArgumentException("processor layout names processor '" + processor
                        + "', which runs more than its own processing group, after a processing group: name it"
                        + " otherwise");
            }
        }
        return new ProcessorLayout(layout);
    }

    /** The processor that runs the group (the group's own name for a group the layout does not name). */
    public String processorOf(String group) {
        return processorOfGroup.getOrDefault(group, group);
    }

    /** Every processor with its groups, both sorted by name. */
    public Map<String, List<String>> processors() {
        return processors;
    }

    /** Whether the processor is one the layout made (not a single group under its own name). */
    public boolean combines(String processor) {
        List<String> groups = processors.get(processor);
        return groups != null && !groups.equals(List.of(processor));
    }
}
