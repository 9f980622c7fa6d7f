import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault suite's network between one instance and PostgreSQL: a TCP proxy on 127.0.0.1 that
 * forwards every connection it accepts to the target port, and obeys one-line commands on a
 * control port (one command per control connection, answered with one line):
 * <ul>
 *   <li>{@code cut}: every open connection is reset on both sides (RST, as a broken link or a
 *       restarted firewall would); new ones are accepted and forwarded as before;</li>
 *   <li>{@code blackhole}: nothing is forwarded any more, in either direction, and new connections
 *       are accepted but get nothing: both ends wait in silence (no reset, no FIN), the bytes
 *       already sent held; {@code resume} forwards them and everything after;</li>
 *   <li>{@code delay <ms>}: each chunk is held that long before it is forwarded (both ways, so a
 *       round trip costs twice that); {@code delay 0} ends it;</li>
 *   <li>{@code status}: open connections, mode, and the local ports of the connections to the
 *       target (what PostgreSQL sees as {@code client_port}).</li>
 *   <li>{@code hold <ms> <marker>[|<prior>]}: a trap for the next statement a client runs whose text
 *       contains the marker (a PostgreSQL protocol Bind of a statement prepared with such a text,
 *       named or not, or a simple Query), in a transaction that has already run one containing the
 *       prior marker when one is given: that link's bytes from that statement on are held, so that
 *       its transaction stands still just before the statement, as long as needed. Waits up to the given time and
 *       answers {@code held <port>} (the held link's {@code client_port}) or {@code none};
 *       {@code release} forwards the held statement and what follows; {@code drop} closes the held
 *       link on both sides without forwarding it, as the end of a killed client would.</li>
 * </ul>
 * The trap is how the suite places a fault at a point of a transaction (before its append, before
 * its stored answer) without a hook in the product and without a race: the transaction cannot move
 * on while the suite confirms, in PostgreSQL's own views, that it is at the point.
 * Listens on ephemeral ports and writes "listen-port control-port" to the given file once ready.
 *
 *   java FaultProxy.java <target port> <ports file>
 */
public class FaultProxy {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Object GATE = new Object();
    private static volatile boolean blackholed;
    private static volatile long delayMillis;
    private static final Set<Link> LINKS = ConcurrentHashMap.newKeySet();

    /** One accepted connection and its connection to the target. */
    private static final class Link {
        private final Socket client;
        private final Socket server;
        /** What the client sends, read message by message (only while it parses). */
        private final Frontend frontend = new Frontend();
        /** The bytes held at a trap (nothing after them is read meanwhile), or null. */
        private byte[] held;
        private boolean dropped;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        Socket server() {
            return server;
        }

        void reset() {
            abort(client);
            abort(server);
            LINKS.remove(this);
            release();
        }

        void close() {
            quietly(client);
            quietly(server);
            LINKS.remove(this);
            release();
        }

        /** Holds the chunk that met the trap until {@link #release()} or {@link #drop()}; null when dropped. */
        synchronized byte[] holdUntilReleased(byte[] chunk) throws InterruptedException {
            held = chunk;
            while (held != null && !dropped) {
                wait();
            }
            return dropped ? null : chunk;
        }

        synchronized void release() {
            held = null;
            notifyAll();
        }

        /** As a killed client's end: the held bytes are never forwarded, both connections closed. */
        void drop() {
            synchronized (this) {
                dropped = true;
                notifyAll();
            }
            quietly(client);
            quietly(server);
            LINKS.remove(this);
        }
    }

    /**
     * An armed trap: the first statement run that contains the marker, on a link whose transaction
     * has already run one containing the prior marker (when there is one), holds its link.
     */
    private record Trap(String marker, String prior, CompletableFuture<Link> caught) {
    }

    private static final AtomicReference<Trap> TRAP = new AtomicReference<>();
    private static volatile Link held;

    public static void main(String[] args) throws Exception {
        int target = Integer.parseInt(args[0]);
        ServerSocket listener = new ServerSocket(0, 200, LOOPBACK);
        ServerSocket control = new ServerSocket(0, 10, LOOPBACK);
        Thread controller = new Thread(() -> control(control), "control");
        controller.setDaemon(true);
        controller.start();
        Path ports = Path.of(args[1]);
        Files.writeString(ports.resolveSibling(ports.getFileName() + ".tmp"),
                listener.getLocalPort() + " " + control.getLocalPort() + "\n");
        Files.move(ports.resolveSibling(ports.getFileName() + ".tmp"), ports,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        while (true) {
            Socket client = listener.accept();
            Thread opener = new Thread(() -> open(client, target), "open");
            opener.setDaemon(true);
            opener.start();
        }
    }

    private static void open(Socket client, int target) {
        Socket server = new Socket();
        try {
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            server.connect(new InetSocketAddress(LOOPBACK, target), 2000);
        } catch (IOException e) {
            // the target is down (PostgreSQL stopped): the client sees its connection closed
            abort(client);
            quietly(server);
            return;
        }
        Link link = new Link(client, server);
        LINKS.add(link);
        pump(link, client, server, "up");
        pump(link, server, client, "down");
    }

    private static void pump(Link link, Socket from, Socket to, String direction) {
        boolean up = direction.equals("up");
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    hold();
                    long delay = delayMillis;
                    if (delay > 0) {
                        Thread.sleep(delay);
                        hold();
                    }
                    Trap trap = TRAP.get();
                    if (up && link.frontend.read(buffer, n, trap) && TRAP.compareAndSet(trap, null)) {
                        // this chunk (the statement and what came with it) waits, and so does the link
                        held = link;
                        trap.caught().complete(link);
                        if (link.holdUntilReleased(Arrays.copyOf(buffer, n)) == null) {
                            return;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
                // an orderly end on one side ends the other (PostgreSQL then rolls back what is open)
                link.close();
            } catch (IOException | InterruptedException e) {
                link.close();
            }
        }, direction);
        pump.setDaemon(true);
        pump.start();
    }

    /** Waits while the network is a black hole. */
    private static void hold() throws InterruptedException {
        synchronized (GATE) {
            while (blackholed) {
                GATE.wait();
            }
        }
    }

    private static void control(ServerSocket control) {
        while (true) {
            try {
                Socket socket = control.accept();
                // a hold may wait for its statement: other commands are served meanwhile
                Thread handler = new Thread(() -> command(socket), "command");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // the next one is served
            }
        }
    }

    private static void command(Socket connection) {
        try (Socket socket = connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line = String.valueOf(in.readLine()).trim();
            String[] command = line.split("\\s+");
            switch (command[0]) {
                case "cut" -> {
                    int cut = 0;
                    for (Link link : Set.copyOf(LINKS)) {
                        link.reset();
                        cut++;
                    }
                    out.println("ok cut " + cut);
                }
                case "blackhole" -> {
                    blackholed = true;
                    out.println("ok blackhole " + LINKS.size());
                }
                case "resume" -> {
                    synchronized (GATE) {
                        blackholed = false;
                        GATE.notifyAll();
                    }
                    out.println("ok resume " + LINKS.size());
                }
                case "delay" -> {
                    delayMillis = Long.parseLong(command[1]);
                    out.println("ok delay " + delayMillis);
                }
                case "hold" -> {
                    String[] markers = line.split("\\s+", 3)[2].split("\\|", 2);
                    out.println(hold(Long.parseLong(command[1]), markers[0], markers.length > 1 ? markers[1] : null));
                }
                case "release", "drop" -> {
                    Link link = held;
                    held = null;
                    if (link != null && command[0].equals("drop")) {
                        link.drop();
                    } else if (link != null) {
                        link.release();
                    }
                    out.println("ok " + command[0] + " " + (link == null ? "none" : link.server().getLocalPort()));
                }
                case "status" -> {
                    StringBuilder ports = new StringBuilder();
                    for (Link link : LINKS) {
                        ports.append(' ').append(link.server().getLocalPort());
                    }
                    out.println("ok " + (blackholed ? "blackhole" : "forwarding") + " delay " + delayMillis
                            + " links " + LINKS.size() + " ports" + ports);
                }
                default -> out.println("unknown command " + command[0]);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            // a control connection that went wrong: the next one is served
        }
    }

    /**
     * Arms the trap for a statement containing the marker (in a transaction that ran one containing
     * the prior marker, when given) and waits up to the given time for a link
     * to meet it: "held <port>" (the held link's local port towards the target, PostgreSQL's
     * client_port), "none", or "busy" while another link is held or another trap armed.
     */
    private static String hold(long millis, String marker, String prior) throws InterruptedException {
        Trap trap = new Trap(marker, prior, new CompletableFuture<>());
        if (held != null || !TRAP.compareAndSet(null, trap)) {
            return "busy";
        }
        Link link;
        try {
            link = trap.caught().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // disarmed, unless a link met it just as the wait ended: that one is held (and named)
            link = TRAP.compareAndSet(trap, null) ? null : trap.caught().join();
        } catch (java.util.concurrent.ExecutionException e) {
            link = null;
        }
        return link == null ? "none" : "held " + link.server().getLocalPort();
    }

    /**
     * What a client sends to PostgreSQL, read message by message as it is forwarded (never changed):
     * the untyped start-up messages, then typed messages (a type byte, a length). Only the
     * statements run matter: each Bind runs the statement its Parse prepared (looked up by name: a
     * statement prepared on the server is sent as text once, then bound by name), each simple Query
     * runs its text; the statements run since the transaction's BEGIN are kept until its COMMIT or
     * ROLLBACK. Anything it cannot read (an encrypted connection) ends the reading for that link;
     * forwarding goes on.
     */
    static final class Frontend {
        private static final int SSL_REQUEST = 80877103;
        private static final int GSS_REQUEST = 80877104;
        private boolean startup = true;
        private boolean lost;
        private final byte[] header = new byte[5];
        private int headerFill;
        private boolean inBody;
        private int type;
        private int remaining;
        private byte[] body;
        private int bodyFill;
        private final Map<String, String> prepared = new HashMap<>();
        /** The text of the last unnamed Parse: what a Bind of the unnamed statement runs. */
        private String unnamed;
        /** The statements run since the transaction began (BEGIN, COMMIT or ROLLBACK clear them). */
        private final List<String> transaction = new ArrayList<>();

        /** Reads a chunk; true when a message completed in it runs a statement that meets the trap. */
        boolean read(byte[] buffer, int n, Trap trap) {
            boolean met = false;
            int i = 0;
            while (i < n && !lost) {
                if (!inBody) {
                    int size = startup ? 4 : 5;
                    int take = Math.min(size - headerFill, n - i);
                    System.arraycopy(buffer, i, header, headerFill, take);
                    headerFill += take;
                    i += take;
                    if (headerFill < size) {
                        break;
                    }
                    type = startup ? 0 : header[0] & 0xff;
                    int length = ((header[size - 4] & 0xff) << 24) | ((header[size - 3] & 0xff) << 16)
                            | ((header[size - 2] & 0xff) << 8) | (header[size - 1] & 0xff);
                    headerFill = 0;
                    if (length < 4 || length > (1 << 28)) {
                        lost = true;
                        break;
                    }
                    remaining = length - 4;
                    inBody = true;
                    bodyFill = 0;
                    body = startup || type == 'P' || type == 'B' || type == 'Q' || type == 'C' ? new byte[remaining] : null;
                }
                int take = Math.min(remaining, n - i);
                if (body != null) {
                    System.arraycopy(buffer, i, body, bodyFill, take);
                    bodyFill += take;
                }
                remaining -= take;
                i += take;
                if (remaining == 0) {
                    inBody = false;
                    met |= complete(trap);
                    body = null;
                }
            }
            return met;
        }

        private boolean complete(Trap trap) {
            if (startup) {
                int code = body.length >= 4 ? ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16)
                        | ((body[2] & 0xff) << 8) | (body[3] & 0xff) : 0;
                // after a refused SSL or GSS request the start-up message follows, untyped too
                startup = code == SSL_REQUEST || code == GSS_REQUEST;
                return false;
            }
            // the statement a Bind or a simple Query runs (a Parse only prepares one)
            String statement = null;
            switch (type) {
                case 'P' -> {
                    String name = text(0);
                    String text = text(name.length() + 1);
                    if (name.isEmpty()) {
                        unnamed = text;
                    } else {
                        prepared.put(name, text);
                    }
                }
                case 'B' -> {
                    String portal = text(0);
                    String name = text(portal.length() + 1);
                    statement = name.isEmpty() ? unnamed : prepared.get(name);
                }
                case 'Q' -> statement = text(0);
                case 'C' -> {
                    if (body.length > 1 && body[0] == 'S') {
                        prepared.remove(text(1));
                    }
                }
                default -> {
                }
            }
            if (statement == null) {
                return false;
            }
            boolean met = trap != null && statement.contains(trap.marker())
                    && (trap.prior() == null || transaction.stream().anyMatch(run -> run.contains(trap.prior())));
            String verb = statement.stripLeading().toUpperCase(java.util.Locale.ROOT);
            if (verb.startsWith("BEGIN") || verb.startsWith("COMMIT")
                    || (verb.startsWith("ROLLBACK") && !verb.startsWith("ROLLBACK TO"))) {
                transaction.clear();
            } else if (transaction.size() < 1000) {
                transaction.add(statement);
            }
            return met;
        }

        /** The zero-terminated string at the offset (bytes as Latin-1: the markers are ASCII). */
        private String text(int offset) {
            int end = offset;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            return offset >= body.length ? "" : new String(body, offset, end - offset, StandardCharsets.ISO_8859_1);
        }
    }

    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        quietly(socket);
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
