package org.passerelle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser journeys: the whole portal on a random port over the test
 * PostgreSQL (with the demo data), driven by a real headless Chromium through Selenium,
 * with an accessibility check (axe-core, WCAG 2.1 A and AA rules) on the pages visited.
 * <p>
 * Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or
 * {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY}); when they are missing the
 * journeys are skipped with a message saying so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
public abstract class BrowserTest {

	/** The password of every demo account. */
	protected static final String DEMO_PASSWORD = "passerelle-demo";

	private static final Path CHROMIUM = Path.of(env("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	private int port;

	protected WebDriver driver;

	private Path profile;

	@BeforeAll
	static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present) {
			System.err.printf(
					"%n*** Browser tests SKIPPED: Chromium (%s) or ChromeDriver (%s) not found. "
							+ "Install them with: apt-get install chromium chromium-driver ***%n%n",
					CHROMIUM, CHROMEDRIVER);
		}
		assumeTrue(present, "Browser tests skipped: Chromium or ChromeDriver not found (apt-get install chromium "
				+ "chromium-driver)");
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("passerelle-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	/** Opens a page of the portal, such as {@code /organisations?q=aix}. */
	protected void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	/** Signs in through the sign-in form and checks that it worked. */
	protected void signIn(String email, String password) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), password);
		leavePageBy(() -> this.driver.findElement(By.cssSelector("main form button[type=submit]")).click());
		waitFor(By.cssSelector("main h1"));
		assertThat(this.driver.getCurrentUrl()).doesNotContain("/login");
	}

	/** Signs out through the user menu. */
	protected void signOut() {
		this.driver.findElement(By.id("user-menu")).click();
		WebElement signOut = waitFor(By.cssSelector("form[action$='/logout'] button"));
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(signOut));
		leavePageBy(signOut::click);
		waitFor(By.cssSelector("main h1"));
	}

	/**
	 * Does what leads to another page (a click on a link or a submit button) and waits
	 * until the browser has left the current one, so that what is read next is never read
	 * from the page being left. Chromium reports a node of a page already left either as
	 * stale or as "does not belong to the document": both mean the browser has moved on.
	 */
	protected void leavePageBy(Runnable action) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
	}

	/**
	 * Clicks an element once scrolled to the middle of the window, clear of the footer (a
	 * button at the window's edge is otherwise covered and the click intercepted).
	 */
	protected void clickInView(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	protected void type(By field, String text) {
		WebElement element = this.driver.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	protected WebElement waitFor(By locator) {
		// a node found while the page is being replaced may be gone when its visibility
		// is
		// asked: the wait then looks again rather than fail
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected String heading() {
		return this.driver.findElement(By.cssSelector("main h1")).getText();
	}

	protected String pageLanguage() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	/**
	 * Fails on any violation of the WCAG 2.1 A and AA rules on the current page, and
	 * checks the page has exactly one {@code h1}.
	 */
	protected void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		assertThat(results.getViolations())
			.as(() -> "accessibility violations on " + this.driver.getCurrentUrl() + ":\n"
					+ describe(results.getViolations()))
			.isEmpty();
		assertThat(this.driver.findElements(By.tagName("h1"))).as("one h1 on " + this.driver.getCurrentUrl())
			.hasSize(1);
	}

	/** Checks that the current page fits a phone's width without sideways scrolling. */
	protected void assertFitsPhoneWidth() {
		Dimension before = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(375, 800));
			Object overflow = ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue())
				.as("sideways overflow at 375px on " + this.driver.getCurrentUrl())
				.isLessThanOrEqualTo(0);
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	/** Saves a screenshot under {@code target/screenshots} for a person to look at. */
	protected void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
