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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * </ul>
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
    private record Link(Socket client, Socket server) {
        void reset() {
            abort(client);
            abort(server);
            LINKS.remove(this);
        }

        void close() {
            quietly(client);
            quietly(server);
            LINKS.remove(this);
        }
    }

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
            try (Socket socket = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String[] command = String.valueOf(in.readLine()).trim().split("\\s+");
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
            } catch (IOException | RuntimeException e) {
                // a control connection that went wrong: the next one is served
            }
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
