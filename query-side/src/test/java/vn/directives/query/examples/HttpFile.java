package vn.directives.query.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example request file in the REST-client format both VS Code's REST Client and IntelliJ's HTTP
 * Client read: requests separated by {@code ###}, file variables ({@code @name = value}, anywhere,
 * taking effect where they stand), {@code # @name} to name a request, and the one convention of
 * this project, {@code # expect 201}: the status the request must answer.
 */
record HttpFile(String name, List<Step> steps) {

    /** A file variable definition or a request, in the order they appear. */
    sealed interface Step permits Variable, Request {
    }

    record Variable(String name, String value) implements Step {
    }

    record Request(String title, String name, int expectedStatus, String method, String url,
                   List<String[]> headers, String body) implements Step {
    }

    private static final Pattern VARIABLE = Pattern.compile("^@([A-Za-z0-9_]+)\\s*=\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile("^#\\s*@name\\s+(\\S+)\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect\\s+(\\d{3})\\b.*$");
    private static final Pattern REQUEST_LINE = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|HEAD)\\s+(\\S+)(\\s+HTTP/\\S+)?\\s*$");

    static HttpFile parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        String title = "(before the first ###)";
        List<String> block = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith("###")) {
                addBlock(name, title, block, steps);
                title = line.substring(3).trim();
                block = new ArrayList<>();
            } else {
                block.add(line);
            }
        }
        addBlock(name, title, block, steps);
        return new HttpFile(name, List.copyOf(steps));
    }

    private static void addBlock(String file, String title, List<String> lines, List<Step> steps) {
        String requestName = null;
        Integer expected = null;
        String method = null;
        String url = null;
        List<String[]> headers = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inHeaders = false;
        boolean inBody = false;
        List<Step> variablesAfter = new ArrayList<>();
        for (String line : lines) {
            Matcher variable = VARIABLE.matcher(line);
            if (variable.matches()) {
                // a definition after a request's body takes effect once that request has answered
                (method == null ? steps : variablesAfter).add(new Variable(variable.group(1), variable.group(2).trim()));
                continue;
            }
            if (method == null) {
                Matcher named = NAME.matcher(line);
                Matcher expect = EXPECT.matcher(line);
                Matcher request = REQUEST_LINE.matcher(line);
                if (named.matches()) {
                    requestName = named.group(1);
                } else if (expect.matches()) {
                    expected = Integer.parseInt(expect.group(1));
                } else if (request.matches()) {
                    method = request.group(1);
                    url = request.group(2);
                    inHeaders = true;
                }
                continue;
            }
            if (inHeaders) {
                if (line.isBlank()) {
                    inHeaders = false;
                    inBody = true;
                } else if (!line.startsWith("#")) {
                    int colon = line.indexOf(':');
                    headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
                }
                continue;
            }
            if (inBody && !line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        if (method != null) {
            if (expected == null) {
                throw new IllegalStateException(file + ", \"" + title + "\": no '# expect <status>' comment");
            }
            steps.add(new Request(title, requestName, expected, method, url, List.copyOf(headers), body.toString().strip()));
        }
        steps.addAll(variablesAfter);
    }
}
