package vn.directives.query.workspace;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser),
 * with a fresh profile: opens pages of the workspace, signs in through the sign-in page, saves
 * screenshots at desktop and phone width, and runs axe-core in the page.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How often a wait looks again: WebDriverWait's own 500 ms would add ~0.3 s to every step of a walk. */
    static final Duration POLL = Duration.ofMillis(50);
    private static volatile String axeScript;
    /**
     * What a test's browser does not need: Chrome's services calling home (components, phishing lists,
     * translation, metrics), extensions, a software GL stack for WebGL the pages never use, a separate
     * GPU process (compositing runs inside the browser process), smooth-scrolling animations. Measured,
     * they save little (a browser's first 30 s took 1.7 CPU-seconds instead of 1.9): the pages'
     * own rendering is what costs.
     */
    private static final List<String> QUIET = List.of(
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--disable-component-extensions-with-background-pages",
            "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--disable-breakpad",
            "--metrics-recording-only", "--no-pings", "--mute-audio", "--password-store=basic",
            "--use-mock-keychain", "--disable-hang-monitor", "--disable-software-rasterizer", "--in-process-gpu",
            "--disable-smooth-scrolling", "--force-device-scale-factor=1",
            "--disable-features=Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,"
                    + "DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,"
                    + "InterestFeedContentSuggestions,CalculateNativeWinOcclusion,LensOverlay");

    private final TimeLedger ledger;
    private final ChromiumCpu chromiumCpu;
    /** The cookies of each user's session (by user and password), kept until that user signs out. */
    private final java.util.Map<String, java.util.Set<Cookie>> sessions = new java.util.HashMap<>();
    private String signedIn;

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("workspace-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chromiumCpu = new ChromiumCpu(profile);
        ledger = new TimeLedger(chromiumCpu::seconds);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                "--window-size=1366,900", "--lang=vi");
        options.addArguments(QUIET);
        if (smallSharedMemory()) {
            options.addArguments("--disable-dev-shm-usage"); // a container's 64 MB /dev/shm crashes tabs
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Whether /dev/shm is too small for Chromium's shared memory (Docker's default 64 MB). */
    private static boolean smallSharedMemory() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getUsableSpace() < 512L * 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    WebDriver driver() {
        return driver;
    }

    Browser open(String pathAndQuery) {
        TimeLedger.Mark start = ledger.mark();
        load(baseUrl + pathAndQuery);
        ledger.add("page loads", start);
        return this;
    }

    /**
     * Opens a URL and returns once the browser shows the new document, fully loaded. On a busy
     * machine chromedriver's {@code get} now and then returned while the previous document was still
     * the current one (a find right after it failed, and the same page was complete a moment later):
     * the old document is marked, and the wait lasts until a document without the mark is complete.
     */
    private void load(String url) {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.executeScript("window.__directivesLeft = true;");
        }
        driver.get(url);
        quietly(Duration.ofSeconds(30)).until(ignored -> Boolean.TRUE.equals(driver.executeScript(
                "return window.__directivesLeft !== true && document.readyState === 'complete';")));
    }

    /**
     * A wait of at most that long that looks again every {@link #POLL}: use it instead of
     * {@code new WebDriverWait(driver, timeout)}, whose half-second polling adds up over a walk.
     */
    WebDriverWait await(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> isTrue) {
                TimeLedger.Mark start = ledger.mark();
                try {
                    return super.until(isTrue);
                } finally {
                    ledger.add("waits in tests", start);
                }
            }
        };
        // a page replaced under the wait (a form's answer arriving) leaves an element found a moment
        // ago stale: looked at again at the next poll, like one not found yet
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * After a form sent by a click on the page at {@code formPath}: waits until the browser shows
     * another page, fully loaded, with an element matching {@code css}. A loaded page without it (the
     * read-your-writes wait ran out on a loaded machine and the application answered 503) is loaded
     * again; a page still loading is left to finish (reloading it would only start it over).
     */
    Browser awaitPageWith(String formPath, String css, Duration timeout) {
        await(timeout).until(ignored -> {
            if (path().startsWith(formPath) || !"complete".equals(driver.executeScript("return document.readyState;"))) {
                return false;
            }
            if (all(css).isEmpty()) {
                load(driver.getCurrentUrl());
                return !all(css).isEmpty();
            }
            return true;
        });
        return this;
    }

    /** The same wait, for this class's own steps (timed under their own names). */
    private WebDriverWait quietly(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        try {
            return driver.findElement(By.cssSelector(css));
        } catch (org.openqa.selenium.NoSuchElementException e) {
            throw new AssertionError("no " + css + " on " + describePage(), e);
        }
    }

    /** Where the browser is and what it shows, for a failure that would otherwise name only a selector. */
    String describePage() {
        String text;
        try {
            text = driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            text = "(no body: " + e.getMessage() + ")";
        }
        return driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"): "
                + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Replaces the text of a field (date fields too: they are text fields typed dd/MM/yyyy). */
    Browser fill(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option of that value in a select. */
    Browser choose(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
        return this;
    }

    /** Submits the form in the element of that id (a page of several forms) and waits for the next page. */
    Browser submit(String formSectionId) {
        WebElement button = find("#" + formSectionId + " button[type=submit]");
        TimeLedger.Mark start = ledger.mark();
        button.click();
        quietly(Duration.ofSeconds(15)).until(ignored -> replaced(button));
        ledger.add("form submissions", start);
        return this;
    }

    /**
     * Whether the element has left the document (the page replaced). Chromium answers a question
     * about a node it has just dropped either as Selenium's stale element or, while the page is being
     * swapped, as an inspector error that the node no longer belongs to the document: both mean gone.
     */
    static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Signs in and waits until the browser has left the sign-in page. On the sign-in page (a walk of
     * that page) it types the form. Elsewhere, while the application still knows a session of that
     * user, it puts the session's cookies back and opens the home page, where the form would have
     * led; for a new session it posts the form over plain HTTP and hands its cookie to the browser
     * (the sign-in page has walks of its own: it need not be typed by every walk; a form sign-in
     * cost Chromium ~0.7 CPU-seconds and 2 s).
     */
    Browser signIn(String username, String password) {
        TimeLedger.Mark start = ledger.mark();
        String key = username + "\n" + password;
        java.util.Set<Cookie> session = sessions.get(key);
        if (session != null && driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().deleteAllCookies();
            session.forEach(driver.manage()::addCookie);
            load(baseUrl + "/");
            if (!driver.getCurrentUrl().contains("/signin") && !all("[data-test=signout]").isEmpty()) {
                signedIn = key;
                ledger.add("sign-ins with a kept session", start);
                return this;
            }
            sessions.remove(key);
        }
        if (!driver.getCurrentUrl().startsWith(baseUrl + "/signin") && signInOverHttp(username, password)) {
            sessions.put(key, java.util.Set.copyOf(driver.manage().getCookies()));
            signedIn = key;
            ledger.add("sign-ins over HTTP", start);
            return this;
        }
        load(baseUrl + "/signin");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("[data-test=signin]").click();
        quietly(Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        sessions.put(key, java.util.Set.copyOf(driver.manage().getCookies()));
        signedIn = key;
        ledger.add("sign-ins on the form", start);
        return this;
    }

    /**
     * Signs in by posting the sign-in form over plain HTTP (with the CSRF token of its page) and hands
     * the session cookie to Chromium, which then opens the home page, where the form would have led.
     * False when the form is refused or the home page does not show the user signed in (the caller
     * then types the form).
     */
    private boolean signInOverHttp(String username, String password) {
        vn.directives.query.security.Browser http = new vn.directives.query.security.Browser();
        java.net.http.HttpResponse<String> answer = http.signIn(baseUrl, username, password);
        String location = answer.headers().firstValue("Location").orElse("/signin");
        String cookie = http.sessionCookie();
        if (answer.statusCode() != 302 || location.contains("/signin") || cookie == null) {
            return false;
        }
        int equals = cookie.indexOf('=');
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.executeCdpCommand("Network.setCookie", java.util.Map.of("url", baseUrl + "/",
                "name", cookie.substring(0, equals), "value", cookie.substring(equals + 1).replace("\"", ""),
                "path", "/", "httpOnly", true, "sameSite", "Lax"));
        load(baseUrl + "/");
        return !driver.getCurrentUrl().contains("/signin") && !all("[data-test=signout]").isEmpty();
    }

    /**
     * Forgets the signed-in session without a round trip through the sign-out page (the session
     * cookie is dropped; the server's session simply expires): for a test that starts signed out.
     */
    Browser forgetSession() {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            open("/signin"); // cookies are deleted for the page's own site only
        }
        driver.manage().deleteAllCookies();
        signedIn = null; // the application still knows the session: signIn may put it back
        return this;
    }

    /** Signs out when a user is signed in (tests sharing the browser run in any order). */
    Browser signOutIfSignedIn() {
        if (!all("[data-test=signout]").isEmpty()) {
            signOut();
        }
        return this;
    }

    Browser signOut() {
        if (signedIn != null) {
            sessions.remove(signedIn); // signing out ends the session on the server
            signedIn = null;
        }
        TimeLedger.Mark start = ledger.mark();
        find("[data-test=signout]").click();
        quietly(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signin"));
        ledger.add("sign-outs", start);
        return this;
    }

    /** The session cookie, for a plain HTTP call as the signed-in user (downloads). */
    String cookieHeader() {
        return String.join("; ", driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
    }

    /**
     * Whether walks photograph their pages: always in the test command (every main page is kept at
     * desktop and phone width under {@code target/screenshots}); {@code DIRECTIVES_SCREENSHOTS=0} skips
     * them in a quick local run, where a pair costs about a second of a browser class.
     */
    static final boolean PHOTOGRAPHING = !"0".equals(System.getenv("DIRECTIVES_SCREENSHOTS"));

    /**
     * The whole page at 1366 px and at 360 px width, as {@code name-desktop.png} and {@code name-360.png},
     * when {@link #PHOTOGRAPHING}.
     */
    void screenshots(String name) {
        if (!PHOTOGRAPHING) {
            return;
        }
        TimeLedger.Mark start = ledger.mark();
        screenshot(name + "-desktop", 1366);
        screenshot(name + "-360", 360);
        driver.manage().window().setSize(new Dimension(1366, 900));
        ledger.add("screenshot pairs", start);
    }

    private void screenshot(String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
        // a field typed into may have scrolled the page: the picture starts at its top
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(SCREENSHOTS);
            // Chrome's own capture, its PNG encoded for speed rather than size (Selenium's default
            // compresses hard: most of a screenshot's CPU went there)
            Object png = driver.executeCdpCommand("Page.captureScreenshot",
                    java.util.Map.of("format", "png", "optimizeForSpeed", true)).get("data");
            Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (the copy npm put under {@code target/npm} at build time) in the page and returns
     * its serious and critical violations, each as "rule: target ...".
     */
    List<String> seriousAccessibilityViolations() {
        TimeLedger.Mark start = ledger.mark();
        JavascriptExecutor js = driver;
        // injected once per document: a page changed in place (htmx) keeps the copy it has
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(axeScript());
        }
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " at " + targets);
            }
        }
        ledger.add("accessibility checks", start);
        return serious;
    }

    private static String axeScript() {
        if (axeScript == null) {
            try {
                axeScript = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: the build's npm step did not run", e);
            }
        }
        return axeScript;
    }

    @Override
    public void close() {
        // where a browser test class spends its time (Surefire's -output.txt), to see what a new walk costs
        System.out.printf("Browser time: %s; Chromium CPU in all %.1f s%n", ledger, chromiumCpu.seconds());
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
