package vn.directives.benchmark.imports;

import vn.directives.benchmark.results.MarkdownSections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import step's section of BENCHMARKS.md ({@code ## Importing an enterprise list}), written into
 * the file as it stands, replacing an earlier run's; the replay step carries it over when it rewrites
 * the file.
 */
public final class ImportSection {

    public static final String HEADING = "## Importing an enterprise list";

    private ImportSection() {
    }

    public static void write(Path file, ImportRun.Figures figures, String date, String machine, String loadBefore,
                             String loadAfter) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        Files.writeString(file, MarkdownSections.replaced(existing, HEADING, render(figures, date, machine, loadBefore,
                loadAfter)));
    }

    static String render(ImportRun.Figures f, String date, String machine, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        md.append(String.format("Measured by the import step on %s UTC: a generated list of %,d enterprises (XLSX, "
                        + "%.1f MB; ten wards named as they are in the registry, valid tax codes, dates as text) through "
                        + "the command side's API as the workspace sends it. Load average before %s, after %s. %s%n%n",
                date, f.rows(), f.fileMegabytes(), loadBefore, loadAfter, machine));
        md.append("| what | seconds | rows/s |\n|---|---:|---:|\n");
        md.append(String.format("| check (every row read and checked, nothing stored) | %.1f | %,.0f |%n",
                f.checkSeconds(), f.rows() / f.checkSeconds()));
        md.append(String.format("| **import** (confirmed, answered at once, followed to its end: checked again, "
                        + "then %,d enterprises registered in chunks of 500 rows) | **%.1f** | **%,.0f** |%n",
                f.registered(), f.importSeconds(), f.rowsPerSecond()));
        md.append(String.format("| the same file again (%,d rows unchanged, nothing sent) | %.1f | %,.0f |%n",
                f.unchanged(), f.reimportSeconds(), f.rows() / f.reimportSeconds()));
        md.append(String.format("| baseline: raw `COPY` of the same rows into a scratch table | %.2f | %,.0f |%n%n",
                f.copySeconds(), f.copyRowsPerSecond()));
        md.append(String.format("Target: %,d rows in under 60 s. The import is %.0f× slower than the raw COPY: "
                + "every row is an aggregate's command (its rules, an event with its audit metadata, the "
                + "registry lookup's row), not a row of a table.%n", f.rows(), f.copyRowsPerSecond()
                / f.rowsPerSecond()));
        return md.toString();
    }
}
