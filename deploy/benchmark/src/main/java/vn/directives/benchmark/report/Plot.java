package vn.directives.benchmark.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput and latency against concurrency, as a PNG drawn with Java2D (headless): commands/s
 * over HTTP beside raw one-row transactions/s on the left; p50/p99 latency of both on the right.
 * Concurrency on a log-2 axis.
 */
final class Plot {

    record Series(String name, Color color, boolean dashed, List<double[]> points) {
    }

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;

    private Plot() {
    }

    static void write(Path file, String leftTitle, List<Series> left, String rightTitle, List<Series> right)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        panel(g, 0, leftTitle, left);
        panel(g, WIDTH / 2, rightTitle, right);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<Series> series) {
        int left = x0 + 80;
        int top = 50;
        int width = WIDTH / 2 - 110;
        int height = HEIGHT - 150;
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1])
                .filter(v -> !Double.isNaN(v)).max().orElse(1) * 1.1;
        double minX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).min().orElse(1);
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(2);
        double logSpan = Math.max(1e-9, log2(maxX) - log2(minX));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, top - 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawRect(left, top, width, height);
        for (int i = 0; i <= 5; i++) {
            int y = top + height - i * height / 5;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, y, left + width - 1, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", maxY * i / 5), left - 70, y + 4);
        }
        for (double x = minX; x <= maxX; x *= 2) {
            int px = left + (int) ((log2(x) - log2(minX)) / logSpan * width);
            g.drawString(String.format("%.0f", x), px - 6, top + height + 18);
        }
        g.drawString("concurrent clients", left + width / 2 - 50, top + height + 38);
        int legendY = top + height + 60;
        int legendX = left;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(s.dashed() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[]{8f, 6f}, 0f) : new BasicStroke(2.5f));
            int[] xs = new int[s.points().size()];
            int[] ys = new int[s.points().size()];
            for (int i = 0; i < xs.length; i++) {
                double[] p = s.points().get(i);
                xs[i] = left + (int) ((log2(p[0]) - log2(minX)) / logSpan * width);
                ys[i] = top + height - (int) (p[1] / maxY * height);
                g.fillOval(xs[i] - 4, ys[i] - 4, 8, 8);
            }
            g.drawPolyline(xs, ys, xs.length);
            g.drawLine(legendX, legendY, legendX + 30, legendY);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), legendX + 36, legendY + 4);
            legendX += 36 + g.getFontMetrics().stringWidth(s.name()) + 24;
            if (legendX > x0 + WIDTH / 2 - 150) {
                legendX = left;
                legendY += 18;
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
