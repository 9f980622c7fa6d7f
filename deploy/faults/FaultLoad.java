import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's load: clients registering units (one event each, a unique name each) on the
 * command side at 127.0.0.1 for a bounded time, every other command with an Idempotency-Key that
 * is retried with the same key until it gets an answer. Each attempt is one line of the log:
 * sequence, key (or -), name, HTTP status (0: no answer), unit id (or -), outcome, epoch ms.
 * Outcomes: acknowledged (201), refused (4xx), failed (5xx), unknown (no answer), unsent (the
 * connection was refused or not made: the command never reached the service). After an attempt
 * without an answer a client pauses 200 ms, so that an instance that is down is not hammered.
 *
 *   java FaultLoad.java <command base URL> <user> <password> <clients> <seconds> <run id> <log file>
 *        [<seconds a keyed command is retried past the end>, 30]
 */
public class FaultLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[3]);
        long until = System.currentTimeMillis() + Long.parseLong(args[4]) * 1000;
        String run = args[5];
        long retryMillis = (args.length > 7 ? Long.parseLong(args[7]) : 30) * 1000;
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[6])))) {
            for (int c = 0; c < clients; c++) {
                new Thread(() -> {
                    try {
                        while (System.currentTimeMillis() < until) {
                            long n = sequence.incrementAndGet();
                            String name = "Đơn vị thử lỗi " + run + "-" + n;
                            String key = n % 2 == 0 ? "fault-" + run + "-" + n : null;
                            send(base, authorization, n, name, key, until, retryMillis, log);
                        }
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            // the suite times its fault from here, not from when this JVM was launched
            Files.writeString(Path.of(args[6] + ".started"), Long.toString(System.currentTimeMillis()));
            done.await();
        }
    }

    /** One command; with a key, retried (same key, same body) until answered or retryMillis past the end. */
    private static void send(String base, String authorization, long n, String name, String key, long until,
                             long retryMillis, PrintWriter log) {
        String body = "{\"name\":\"" + name + "\",\"kind\":\"OTHER\",\"effectiveOn\":\"2015-01-01\"}";
        do {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/units"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            int status = 0;
            String id = "-";
            boolean sent = true;
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                Matcher matcher = ID.matcher(response.body());
                if (status == 201 && matcher.find()) {
                    id = matcher.group(1);
                }
            } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
                sent = false;
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String outcome = !sent ? "unsent" : status == 201 ? "acknowledged" : status == 0 ? "unknown"
                    : status >= 500 ? "failed" : "refused";
            synchronized (log) {
                log.println(n + "\t" + (key == null ? "-" : key) + "\t" + name + "\t" + status + "\t" + id + "\t"
                        + outcome + "\t" + System.currentTimeMillis());
            }
            boolean answered = status == 201 || (status >= 400 && status < 500 && status != 409 && status != 429);
            if (answered) {
                return;
            }
            pause();
            if (key == null) {
                return;
            }
        } while (System.currentTimeMillis() < until + retryMillis);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
