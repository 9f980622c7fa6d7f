package vn.directives.query.examples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user follows, run as they would: the README's walk-through (its fenced block between
 * the {@code walkthrough} markers, with curl) and then every example request file, in the order the
 * README gives, against a command side and a query side freshly started on a database of their own
 * ({@code DIRECTIVES_EXAMPLES_DB_URL}, which deploy/test provisions empty), over real HTTP. Every
 * request must answer the status its {@code # expect} comment names, so a broken example fails
 * the test command.
 */
class ExamplesRunTest {

    /** The README's order; a file in either http folder but not here fails the test. */
    static final List<String> ORDER = List.of(
            "command-side/http/accounts.http",
            "command-side/http/units.http",
            "command-side/http/steering-committee.http",
            "command-side/http/directives.http",
            "command-side/http/surveys.http",
            "command-side/http/cell-establishments.http",
            "command-side/http/member-transfers.http",
            "command-side/http/training-courses.http",
            "command-side/http/general-tasks.http",
            "command-side/http/party-organizations.http",
            "command-side/http/urging.http",
            "query-side/http/tasks.http",
            "query-side/http/deadlines.http",
            "query-side/http/workload.http",
            "query-side/http/enterprises.http",
            "query-side/http/units.http",
            "query-side/http/steering-committee.http",
            "query-side/http/directives.http",
            "query-side/http/notifications.http",
            "query-side/http/reports.http",
            "query-side/http/audit.http",
            "query-side/http/admin.http");

    static final String ADMIN_PASSWORD = "quản trị viên ví dụ " + System.nanoTime();
    static final String HTTP_PASSWORD = "một mật khẩu dài ví dụ";

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static ConfigurableApplicationContext querySide;
    private static ConfigurableApplicationContext commandSide;

    @BeforeAll
    static void startBothSidesOnAnEmptyDatabase() {
        String database = System.getenv().getOrDefault("DIRECTIVES_EXAMPLES_DB_URL",
                System.getenv().getOrDefault("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"));
        CommandSideMigrations.apply("--spring.datasource.url=" + database);
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + database);
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + database,
                        "--directives.query-side.base-url=" + baseUrl(querySide),
                        "--directives.security.first-administrator.password=" + ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopBothSides() {
        if (commandSide != null) {
            commandSide.close();
        }
        if (querySide != null) {
            querySide.close();
        }
    }

    @Test
    void the_readme_walk_through_and_every_example_file_answer_what_they_say() throws Exception {
        String command = baseUrl(commandSide);
        String query = baseUrl(querySide);
        List<String> failures = new ArrayList<>();

        failures.addAll(runReadmeWalkThrough(command, query));

        assertThat(examplesOnDisk()).as("every example file is run, in the README's order").isSubsetOf(ORDER);
        ExampleRunner runner = new ExampleRunner(command, query, ADMIN_PASSWORD, HTTP_PASSWORD);
        int requests = 0;
        for (String file : ORDER) {
            Path path = ROOT.resolve(file);
            assertThat(path).as(file + " is listed but missing").exists();
            HttpFile parsed = HttpFile.parse(file, Files.readString(path, StandardCharsets.UTF_8));
            requests += parsed.steps().stream().filter(HttpFile.Request.class::isInstance).count();
            failures.addAll(runner.run(parsed));
        }
        assertThat(requests).as("requests run").isGreaterThan(100);
        assertThat(failures).as("requests that did not answer what their file says").isEmpty();
    }

    private static List<String> examplesOnDisk() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("command-side/http", "query-side/http")) {
            try (Stream<Path> list = Files.list(ROOT.resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".http"))
                        .forEach(p -> files.add(folder + "/" + p.getFileName()));
            }
        }
        return files;
    }

    /** The fenced block between the README's walk-through markers, run with bash against these sides. */
    private static List<String> runReadmeWalkThrough(String command, String query) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- walkthrough");
        int end = readme.indexOf("<!-- /walkthrough -->");
        assertThat(start).as("README walk-through markers").isNotNegative().isLessThan(end);
        String block = readme.substring(readme.indexOf('\n', start) + 1, end);
        String script = block.replaceAll("(?m)^```.*$", "");
        Path adminPasswordFile = Files.createTempFile("admin-password", "");
        Files.writeString(adminPasswordFile, ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        script = script.replace("localhost:8081", command.replace("http://", ""))
                .replace("localhost:8082", query.replace("http://", ""))
                .replace("deploy/.admin-password", adminPasswordFile.toString());
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).as("README walk-through finished").isTrue();
        Files.deleteIfExists(adminPasswordFile);
        if (bash.exitValue() != 0) {
            return List.of("README walk-through exited with " + bash.exitValue() + ":\n" + output);
        }
        return List.of();
    }

    private static String baseUrl(ConfigurableApplicationContext side) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
    }
}
