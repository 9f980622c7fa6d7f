package vn.directives.events;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The records of the event contract, found on the classpath (the module's compiled classes). */
final class EventClasses {

    private EventClasses() {
    }

    /** Every record that is an event: it implements one of the contract's event interfaces. */
    static List<Class<?>> all() throws IOException, URISyntaxException {
        return records().stream().filter(EventClasses::isEvent).toList();
    }

    static boolean isEvent(Class<?> type) {
        return Stream.of(type.getInterfaces()).anyMatch(i -> i.getName().startsWith("vn.directives.events."));
    }

    static List<Class<?>> records() throws IOException, URISyntaxException {
        URL root = EventClasses.class.getClassLoader().getResource("vn/directives/events/directive");
        Path base = Paths.get(root.toURI()).getParent().getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(base.resolve("vn/directives/events"))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> base.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EventClasses::load)
                    .filter(Class::isRecord)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    static Class<?> bySimpleName(String simpleName) {
        try {
            return all().stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst().orElse(null);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
