package vn.directives.benchmark.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSectionsTest {

    @Test
    void a_rewritten_report_gets_back_the_sections_of_the_steps_that_did_not_run_before_its_findings() {
        String earlier = "# Benchmarks\n\n## Lag\n\nold lag\n\n## The task board page\n\nboard figures\n\n"
                + "## Importing an enterprise list\n\nimport figures\n\n## Findings\n\n- old finding\n";
        String rewritten = "# Benchmarks\n\n## Lag\n\nnew lag\n\n## Findings\n\n- new finding\n";

        String kept = MarkdownSections.carriedOver(earlier, rewritten, "## The task board page",
                "## Importing an enterprise list");

        assertThat(kept).isEqualTo("# Benchmarks\n\n## Lag\n\nnew lag\n\n## The task board page\n\nboard figures\n\n"
                + "## Importing an enterprise list\n\nimport figures\n\n## Findings\n\n- new finding\n");
    }

    @Test
    void a_section_the_rewritten_report_has_is_not_replaced_by_the_earlier_one() {
        String earlier = "# Benchmarks\n\n## Importing an enterprise list\n\nold import\n";
        String rewritten = "# Benchmarks\n\n## Importing an enterprise list\n\nnew import\n";

        assertThat(MarkdownSections.carriedOver(earlier, rewritten, "## Importing an enterprise list"))
                .isEqualTo(rewritten);
    }
}
