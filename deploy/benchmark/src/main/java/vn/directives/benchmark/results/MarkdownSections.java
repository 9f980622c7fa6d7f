package vn.directives.benchmark.results;

import java.util.Optional;

/**
 * Sections ({@code ## heading} up to the next) of BENCHMARKS.md. Steps that measure alone (the board,
 * the import) write their own section into the file as it stands; the replay step, which rewrites
 * the file, carries theirs over ({@link #carriedOver}), so that any run keeps every step's figures.
 */
public final class MarkdownSections {

    private MarkdownSections() {
    }

    /** {@code document} with its section {@code heading} replaced by {@code section}, or the section put before the findings. */
    public static String replaced(String document, String heading, String section) {
        int start = document.indexOf("\n" + heading + "\n");
        if (start >= 0) {
            int end = document.indexOf("\n## ", start + 1);
            return document.substring(0, start + 1) + section + (end < 0 ? "" : document.substring(end));
        }
        int findings = document.indexOf("\n## Findings\n");
        if (findings >= 0) {
            return document.substring(0, findings + 1) + section + document.substring(findings);
        }
        return document + (document.endsWith("\n") ? "\n" : "\n\n") + section;
    }

    /** The section {@code heading} of {@code document}, from its heading to its last line, if it has one. */
    public static Optional<String> section(String document, String heading) {
        int start = document.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return Optional.empty();
        }
        int end = document.indexOf("\n## ", start + 1);
        return Optional.of(document.substring(start + 1, end < 0 ? document.length() : end));
    }

    /** {@code rewritten} with the sections {@code headings} of {@code earlier} put back (where they are missing). */
    public static String carriedOver(String earlier, String rewritten, String... headings) {
        String document = rewritten;
        for (String heading : headings) {
            if (!document.contains("\n" + heading + "\n")) {
                String current = document;
                document = section(earlier, heading).map(kept -> replaced(current, heading, kept)).orElse(current);
            }
        }
        return document;
    }
}
