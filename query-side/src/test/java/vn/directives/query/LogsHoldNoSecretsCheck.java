package vn.directives.query;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other test of the build (a surefire execution of its own, in the verify
 * phase): scans the output every test class wrote (application logs included) for passwords,
 * credentials, tokens, password hashes and the personal data of Party members stored during the
 * run (names, Party card numbers, citizen IDs, read back from the database).
 */
class LogsHoldNoSecretsCheck {

    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("\\bt-[0-9a-f]{24}\\b"),
            Pattern.compile("(?i)\\bBasic [A-Za-z0-9+/]{16,}={0,2}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}"),
            Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{20,}"),
            Pattern.compile("(?i)generated security password"),
            Pattern.compile("mật khẩu (mới )?đủ dài"));

    @Test
    void no_test_output_holds_a_secret_or_personal_data() throws Exception {
        List<Path> logs = logs();
        List<String> personal = personalData();
        long bytes = 0;
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            bytes += text.length();
            for (Pattern secret : SECRETS) {
                var match = secret.matcher(text);
                if (match.find()) {
                    leaks.add(log.getFileName() + ": matches " + secret.pattern());
                }
            }
            for (String value : personal) {
                if (text.contains(value)) {
                    leaks.add(log.getFileName() + ": holds a stored member's personal data");
                }
            }
        }

        System.out.printf("log scan: %d files, %d characters, %d personal values looked for, %d leaks%n",
                logs.size(), bytes, personal.size(), leaks.size());
        assertThat(logs).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    private static List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        // this module's reports and its siblings', resolved from the parent of the working directory
        Path root = Path.of("").toAbsolutePath().getParent();
        for (Path module : List.of(root.resolve("shared-events"), root.resolve("command-side"), Path.of(""))) {
            Path reports = module.resolve("target").resolve("surefire-reports");
            if (!Files.isDirectory(reports)) {
                continue;
            }
            try (Stream<Path> files = Files.list(reports)) {
                files.filter(f -> f.getFileName().toString().endsWith("-output.txt"))
                        .filter(f -> !f.getFileName().toString().contains(LogsHoldNoSecretsCheck.class.getSimpleName()))
                        .forEach(logs::add);
            }
        }
        return logs;
    }

    /** The personal data stored in every test JVM's database (directives_1, directives_2, ...). */
    private static List<String> personalData() throws SQLException {
        List<String> values = new ArrayList<>();
        String own = env("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives");
        String base = own.replaceFirst("_\\d+$", "");
        int forks = Integer.parseInt(System.getProperty("directives.test.forks", "1"));
        List<String> urls = new ArrayList<>();
        if (base.equals(own)) {
            urls.add(own);
        } else {
            for (int fork = 1; fork <= forks; fork++) {
                urls.add(base + "_" + fork);
            }
        }
        for (String url : urls) {
            try (Connection connection = DriverManager.getConnection(url, env("DIRECTIVES_COMMAND_DB_USER",
                    "directives_command"), env("DIRECTIVES_COMMAND_DB_PASSWORD", "directives_command"));
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT full_name, party_card_number, citizen_id FROM command.member_personal_data")) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                    values.add(rows.getString(2));
                    values.add(rows.getString(3));
                }
            } catch (SQLException e) {
                if (!"42P01".equals(e.getSQLState())) { // a fork that ran no command side has no such table
                    throw e;
                }
            }
        }
        return values;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
