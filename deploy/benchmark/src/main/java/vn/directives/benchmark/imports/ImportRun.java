package vn.directives.benchmark.imports;

import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import vn.directives.benchmark.http.Http;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A generated enterprise list imported through the command side's API as the workspace does it:
 * checked (every row, nothing stored), then confirmed as a job answered at once and followed by its
 * progress until done, then the same file again (every row equal to the registry: nothing sent).
 * Beside it, the same rows COPYed into a scratch table of the same PostgreSQL: the baseline.
 */
public final class ImportRun {

    /** What one run measured; {@code progress} holds pairs of seconds since the confirmation and rows done. */
    public record Figures(int rows, double fileMegabytes, double checkSeconds, double importSeconds,
                          double reimportSeconds, int registered, int unchanged, double copySeconds,
                          List<double[]> progress) {

        public double rowsPerSecond() {
            return rows / importSeconds;
        }

        public double copyRowsPerSecond() {
            return rows / copySeconds;
        }
    }

    private final Http clerk;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;

    public ImportRun(Http clerk, String dbUrl, String dbUser, String dbPassword) {
        this.clerk = clerk;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    public Figures measure(int size, Consumer<String> log) throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<String> wards = new ArrayList<>();
        for (int w = 1; w <= 10; w++) {
            String name = "Phường Đo Tải " + w + " " + run;
            clerk.accepted("/api/units", Map.of("name", "Đảng ủy " + name,
                    "kind", "WARD", "effectiveOn", "2000-01-01"), null);
            wards.add(name);
        }
        EnterpriseList list = new EnterpriseList(size, wards, 20_260_101L + run.hashCode());
        byte[] file = list.xlsx();
        log.accept(String.format("generated a list of %,d enterprises: XLSX of %.1f MB", size, file.length / 1e6));

        long start = System.nanoTime();
        Http.Answer checked = clerk.postBytes("/api/enterprise-imports/validations?fileName=do-tai.xlsx", file);
        double checkSeconds = (System.nanoTime() - start) / 1e9;
        if (checked.status() != 200 || checked.body().path("problems").size() > 0
                || checked.body().path("toRegister").asInt() != size) {
            throw new IllegalStateException("the check did not pass: " + checked.status() + " "
                    + checked.body().toString().substring(0, Math.min(600, checked.body().toString().length())));
        }
        log.accept(String.format("check: %,d rows in %.1f s (%,.0f rows/s)", size, checkSeconds, size / checkSeconds));

        List<double[]> progress = new ArrayList<>();
        JsonNode job = confirm(file, progress);
        double importSeconds = progress.get(progress.size() - 1)[0];
        log.accept(String.format("import: %,d rows in %.1f s (%,.0f rows/s), %,d registered", size, importSeconds,
                size / importSeconds, job.path("registered").asInt()));

        JsonNode again = confirm(file, new ArrayList<>());
        double reimportSeconds = again.path("seconds").asDouble();
        log.accept(String.format("the same file again: %.1f s, %,d rows unchanged, %,d registered", reimportSeconds,
                again.path("unchanged").asInt(), again.path("registered").asInt()));

        double copySeconds = copy(list.csv());
        log.accept(String.format("raw COPY of the same rows into a scratch table: %.2f s (%,.0f rows/s)", copySeconds,
                size / copySeconds));
        return new Figures(size, file.length / 1e6, checkSeconds, importSeconds, reimportSeconds,
                job.path("registered").asInt(), again.path("unchanged").asInt(), copySeconds, progress);
    }

    /** Confirms the import, answered at once, and follows the job until it ends; adds its duration as "seconds". */
    private JsonNode confirm(byte[] file, List<double[]> progress) throws InterruptedException {
        long start = System.nanoTime();
        Http.Answer accepted = clerk.postBytes("/api/enterprise-imports?fileName=do-tai.xlsx", file,
                "Prefer", "respond-async");
        if (accepted.status() != 202) {
            throw new IllegalStateException("the import was not accepted: " + accepted.status() + " " + accepted.body());
        }
        while (true) {
            JsonNode job = clerk.get(accepted.location()).body();
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.add(new double[]{seconds, job.path("rowsDone").asInt()});
            String status = job.path("status").asString();
            if (status.equals("DONE")) {
                ((tools.jackson.databind.node.ObjectNode) job).put("seconds", seconds);
                return job;
            }
            if (!status.equals("RUNNING")) {
                throw new IllegalStateException("the import stopped: " + job);
            }
            Thread.sleep(200);
        }
    }

    private double copy(byte[] csv) throws Exception {
        String table = "command.benchmark_import_copy";
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (tax_code VARCHAR(14) PRIMARY KEY, name TEXT, address TEXT,"
                    + " commune TEXT, zone TEXT, ownership TEXT, workers INTEGER, status TEXT, effective_on DATE)");
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                    + " FROM STDIN (FORMAT csv)", new ByteArrayInputStream(csv));
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("DROP TABLE " + table);
            return seconds;
        }
    }
}
