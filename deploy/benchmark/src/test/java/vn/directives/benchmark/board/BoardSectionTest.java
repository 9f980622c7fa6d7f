package vn.directives.benchmark.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardSectionTest {

    private static final String SECTION = BoardSection.HEADING + "\n\nnew figures\n";

    @Test
    void a_board_run_replaces_the_section_of_an_earlier_one_and_keeps_the_other_steps_figures() {
        String document = "# Benchmarks\n\n## Lag\n\nlag figures\n\n" + BoardSection.HEADING + "\n\nold figures\n\n"
                + "## Findings\n\n- a finding\n";

        assertThat(BoardSection.replaced(document, SECTION)).isEqualTo("# Benchmarks\n\n## Lag\n\nlag figures\n\n"
                + SECTION + "\n## Findings\n\n- a finding\n");
    }

    @Test
    void the_first_board_run_puts_its_section_before_the_findings() {
        String document = "# Benchmarks\n\n## Lag\n\nlag figures\n\n## Findings\n\n- a finding\n";

        assertThat(BoardSection.replaced(document, SECTION)).isEqualTo("# Benchmarks\n\n## Lag\n\nlag figures\n\n"
                + SECTION + "\n## Findings\n\n- a finding\n");
    }
}
