package vn.directives.benchmark.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardPageRunTest {

    @Test
    void thePageWeighsItsOwnStylesheetsAndScriptsOnlyOnceEachAndNoImageFontOrOtherSite() {
        String html = """
                <head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/assets/workspace.css">
                <link href="/assets/print.css" rel="stylesheet" media="print">
                <link rel="stylesheet" href="https://cdn.example/x.css"><link rel="stylesheet" href="/fonts/a.woff2">
                <script src="/webjars/htmx.org/dist/htmx.min.js" defer></script>
                <script src="/webjars/htmx.org/dist/htmx.min.js"></script><script>inline()</script>
                <script src="//cdn.example/y.js"></script><img src="/logo.png"></head>""";

        assertThat(BoardPageRun.assets(html)).containsExactly("/assets/workspace.css", "/assets/print.css",
                "/webjars/htmx.org/dist/htmx.min.js");
    }
}
