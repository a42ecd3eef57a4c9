package org.groma.app.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.groma.app.commission.DemoCommission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web map in a real browser (Debian's chromium driven by Playwright for Java) against the demo node:
 * sign in, the map, a comparison, the journal's badges, the "as of" slider, and a decision endorsed by each
 * co-chair until it is in force and final. No page may log a console error. Screenshots go to
 * target/screenshots/.
 *
 * <p>Without chromium the tests are skipped with the reason printed, except under {@code CI=true}, where
 * they fail: CI must run them (.ci/run installs chromium).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebMapBrowserTest {

  /** Debian's chromium; surefire passes it as groma.chromium (see app/pom.xml). */
  static final Path CHROMIUM = Path.of(System.getProperty("groma.chromium", "/usr/bin/chromium"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  Path dir;

  ServerFixture f;
  Playwright playwright;
  Browser browser;
  BrowserContext context;
  Page page;
  final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String reason = "no chromium at " + CHROMIUM + " (apt-get install chromium): browser tests of the web map";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(reason + " must run under CI=true");
      }
      System.out.println("SKIPPED: " + reason + " skipped");
      Assumptions.abort(reason + " skipped");
    }
    playwright = Playwright.create();
    List<String> args = "root".equals(System.getProperty("user.name")) ? List.of("--no-sandbox") : List.of();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setArgs(args).setHeadless(true));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  /** A fresh demo node for each test, so one test's acts do not change another's journal. */
  @BeforeEach
  void openPage() throws Exception {
    if (browser == null) {
      return;
    }
    f = new ServerFixture(Files.createTempDirectory(dir, "node"), new ApiRoutesTest.MovableClock());
    consoleErrors.clear();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    page = context.newPage();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error") || m.type().equals("warning")) {
        consoleErrors.add(m.type() + ": " + m.text() + " at " + m.location());
      }
    });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
    if (f != null) {
      f.close();
      f = null;
    }
  }

  private String url(String hash) {
    return "http://127.0.0.1:" + f.server.port() + "/" + hash;
  }

  private void open(String hash) {
    page.navigate(url(hash));
    page.waitForSelector("body[data-ready=true]");
  }

  private void shoot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
  }

  private void signIn(String user) {
    page.locator("#session").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")).click();
    page.getByLabel("User name").fill(user);
    page.getByLabel("Password").fill(ServerFixture.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.locator("#session")).containsText("Signed in as");
  }

  private void signCheckpointCosignedByBothWitnesses() {
    f.node.signCheckpoint(f.keys.key("operator"));
    f.node.cosign(DemoCommission.WITNESS_A_NAME, f.keys.key("witness-a"), Clock.systemUTC());
    f.node.cosign(DemoCommission.WITNESS_B_NAME, f.keys.key("witness-b"), Clock.systemUTC());
  }

  @Test
  void shows_the_map_a_comparison_the_journal_and_the_record_as_of_a_date() {
    signCheckpointCosignedByBothWitnesses();
    open("#/map");
    assertThat(page.locator("#banner")).containsText("DEMO DATA");
    assertThat(page.locator("#banner")).containsText("not an agreed boundary");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Section S-1 — agreed")).click();
    Locator details = page.locator("#details");
    assertThat(details).containsText("Section S-1");
    assertThat(details).containsText("Topographic sheet 1");
    assertThat(details.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("English"))).isVisible();
    shoot("map-1280.png");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare")).click();
    page.getByLabel("Line 1").selectOption("A-S1");
    page.getByLabel("Line 2").selectOption("B-S1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
    assertThat(page.getByTestId("max-offset")).containsText(Pattern.compile("44\\.\\d\\d m"));
    assertThat(page.locator("table.areas tbody tr")).hasCount(1);
    assertThat(page.locator("table.areas tbody tr td").nth(1)).hasText("Party A");
    shoot("compare-proposals.png");

    // The shipped source lines over the Natural Earth backdrop: the README's picture.
    page.getByLabel("Line 1").selectOption("source:osm");
    page.getByLabel("Line 2").selectOption("source:ne");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
    // The first comparison of the sources extracts both boundaries from the country polygons: allow a minute.
    assertThat(page.getByTestId("area-a-to-b")).containsText("597.795 km²",
        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    assertThat(page.locator("table.areas caption")).containsText("disputed areas");
    page.waitForTimeout(500);
    shoot("compare-sources.png");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal")).click();
    Locator badges = page.locator("[data-badge]");
    assertThat(badges).hasCount(17);
    assertThat(page.locator("[data-badge=verified]")).hasCount(17);
    assertThat(page.locator("table.journal tbody tr").first()).containsText("Mediator");
    shoot("journal.png");

    // As of the end of the genesis day nothing had been proposed; "Now" brings the sections back.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map")).click();
    // The view takes focus to its heading once it has rendered: wait for that before moving to the slider,
    // or (on a loaded machine) the heading takes the focus back from it and Home goes nowhere.
    assertThat(page.locator("#view-title")).isFocused();
    page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("As of")).focus();
    assertThat(page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("As of"))).isFocused();
    page.keyboard().press("Home");
    assertThat(page.locator("#asof-value")).hasText("end of 2024-03-01 (UTC)");
    assertThat(page.locator("#panel")).containsText("No section or proposal in the record as of this date.");
    page.keyboard().press("End");
    assertThat(page.locator("#asof-value")).hasText("now");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Section S-1 — agreed")))
        .isVisible();
    // One step per day with entries: the day before "now" is the last day with entries.
    page.keyboard().press("ArrowLeft");
    assertThat(page.locator("#asof-value")).hasText("end of 2024-06-10 (UTC)");
    assertThat(page).hasURL(Pattern.compile("asOf=2024-06-10"));
    // A date in the address that has no entries of its own shows the record at the end of that day.
    open("#/map?asOf=2024-04-15");
    assertThat(page.locator("#asof-value")).hasText("end of 2024-04-15 (UTC)");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Section S-1 — proposed")))
        .isVisible();

    // Tablet width: everything still fits across.
    page.setViewportSize(768, 1024);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Now")).click();
    assertThat(page.locator("#asof-value")).hasText("now");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Section S-1 — agreed")))
        .isVisible();
    shoot("map-768.png");
    Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void each_co_chair_endorses_a_draft_and_it_becomes_final() throws Exception {
    String med = f.signIn("mediator");
    assertThat(f.post("/api/acts/sitting-opened", med, "{\"sittingId\":\"sitting-2\",\"title\":\"Second sitting\","
        + "\"agenda\":[\"Section S-2\"]}").statusCode()).isEqualTo(201);
    var proposal = f.node.state().proposal("A-S2").orElseThrow();
    assertThat(f.post("/api/acts/decision-drafted", med, "{\"decisionId\":\"D-2\",\"sectionId\":\"S-2\","
        + "\"sittingId\":\"sitting-2\",\"text\":\"Section S-2 is agreed as the line of proposal A-S2.\","
        + "\"proposalId\":\"A-S2\",\"proposalHash\":\"" + proposal.entryHash() + "\",\"geometryHash\":\""
        + proposal.proposal().geometryHash() + "\"}").statusCode()).isEqualTo(201);

    open("#/decisions");
    Locator d2 = page.locator("article[data-decision=D-2]");
    assertThat(d2.locator("ol.progress")).hasAttribute("data-stage", "drafted");
    assertThat(d2.locator(".next")).containsText("a co-chair of Party A must endorse the draft");
    assertThat(d2.locator(".next")).containsText("a co-chair of Party B must endorse the draft");
    assertThat(d2).containsText("Section S-2 is agreed as the line of proposal A-S2.");
    assertThat(d2.locator("[data-status]")).containsText("drafted");
    assertThat(d2).containsText("Sign in as a co-chair");
    assertThat(d2.locator("[data-geometry-hash]")).hasAttribute("data-geometry-hash",
        proposal.proposal().geometryHash());

    signIn("mediator");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decisions")).click();
    assertThat(d2).containsText("Only the parties' co-chairs endorse decisions");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    signIn("a-chair");
    // Sign what you see: the review shows the line, from its entry's bytes, over the line it replaces.
    d2.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review D-2 before endorsing")).click();
    assertThat(page).hasURL(Pattern.compile("#/decisions\\?decision=D-2"));
    Locator review = d2.locator("section.review");
    assertThat(review.locator("[data-geometry-check]")).hasAttribute("data-geometry-check", "ok");
    assertThat(review.locator("[data-signed-geometry]")).hasAttribute("data-signed-geometry",
        proposal.proposal().geometryHash());
    assertThat(review).containsText("What D-2 changes compared with B-S2");
    assertThat(review.locator("table.areas tbody tr")).not().hasCount(0);
    assertThat(review.locator("table.tp tbody tr")).hasCount(proposal.proposal().line().size());
    assertThat(page.locator("#map")).hasAttribute("data-overlay", Pattern.compile("adopted:1.*replaced:1"));
    shoot("review-1280.png");
    long before = f.node.size();
    Locator endorseA = d2.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Endorse D-2 for Party A"));
    assertThat(endorseA).isDisabled();
    d2.getByLabel(Pattern.compile("I have read draft decision D-2")).check();
    endorseA.click();
    // The confirmation names the act; Cancel signs nothing.
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("Sign: endorse decision D-2 for Party A");
    assertThat(dialog).containsText("decision-endorsed");
    assertThat(dialog).containsText(proposal.proposal().geometryHash());
    assertThat(page.locator(":focus")).hasText("Cancel");
    shoot("confirm-1280.png");
    page.keyboard().press("Enter");
    assertThat(dialog).hasCount(0);
    assertThat(f.node.size()).isEqualTo(before);
    endorseA.click();
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign the endorsement of D-2")).click();
    assertThat(page.locator(".notice")).containsText("Party A endorsed D-2 in journal entry");
    assertThat(d2.locator("[data-status]")).containsText("endorsed by A");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    signIn("b-chair");
    open("#/decisions?decision=D-2");
    d2.getByLabel(Pattern.compile("I have read draft decision D-2")).check();
    d2.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Endorse D-2 for Party B")).click();
    page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Sign the endorsement of D-2")).click();
    assertThat(page.locator(".notice")).containsText("Party B endorsed D-2");
    assertThat(d2.locator("[data-status]")).containsText("In force since");
    assertThat(d2.locator("[data-final]")).hasAttribute("data-final", "false");
    assertThat(d2.locator("ol.progress")).hasAttribute("data-stage", "in force");
    assertThat(d2.locator(".next")).containsText("the log operator");
    assertThat(d2.locator(".next")).containsText("must sign a checkpoint that includes entry");
    assertThat(f.node.state().decision("D-2").orElseThrow().inForce()).isTrue();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map")).click();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
        .setName("Section S-2 — agreed, in force, not yet final"))).isVisible();

    // The operator checkpoints the journal: the witnesses act next; once both cosign, the decision is final.
    f.node.signCheckpoint(f.keys.key("operator"));
    open("#/decisions?decision=D-2");
    assertThat(d2.locator(".next")).containsText("the witness of Party A, " + DemoCommission.WITNESS_A_NAME
        + ", must cosign checkpoint " + f.node.size());
    assertThat(d2.locator(".next")).containsText("the witness of Party B");
    f.node.cosign(DemoCommission.WITNESS_A_NAME, f.keys.key("witness-a"), Clock.systemUTC());
    f.node.cosign(DemoCommission.WITNESS_B_NAME, f.keys.key("witness-b"), Clock.systemUTC());
    page.reload();
    page.waitForSelector("body[data-ready=true]");
    assertThat(d2.locator("[data-final]")).hasAttribute("data-final", "true");
    assertThat(d2).containsText("Final: entry");
    assertThat(d2.locator("ol.progress")).hasAttribute("data-stage", "final");
    assertThat(d2.locator(".next")).hasCount(0);
    shoot("decisions.png");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map")).click();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Section S-2 — agreed, final")))
        .isVisible();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void compares_with_a_chosen_orientation_a_stable_legend_and_a_shareable_address() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
    page = context.newPage();
    // The one failure this test asks for (422 from /api/compare) is logged by the browser itself; nothing else may be.
    page.onConsoleMessage(m -> {
      if ((m.type().equals("error") || m.type().equals("warning")) && !m.text().contains("status of 422")) {
        consoleErrors.add(m.type() + ": " + m.text());
      }
    });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
    open("#/compare");
    // The preselected pair is two proposals for one section, which compare as drawn.
    assertThat(page.getByLabel("Line 1")).hasValue("A-S1");
    assertThat(page.getByLabel("Line 2")).hasValue("B-S1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile("#/compare\\?line1=A-S1&line2=B-S1"));
    Locator legend = page.getByTestId("compare-legend");
    assertThat(legend.locator("[data-legend=A]")).containsText("A-S1 gives Party A, B-S1 gives Party B");
    String aRow = legend.locator("[data-legend=A]").textContent();
    assertThat(page.locator("#map")).hasAttribute("data-overlay", Pattern.compile("disputed-area:1"));
    assertThat(page.getByLabel("Link to this comparison")).hasValue(Pattern.compile("line1=A-S1&line2=B-S1"));
    shoot("compare-1440.png");

    // Swapped, each colour still means the same: the legend's rows do not change.
    page.getByLabel("Line 1").selectOption("B-S1");
    page.getByLabel("Line 2").selectOption("A-S1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile("line1=B-S1&line2=A-S1"));
    assertThat(legend.locator("[data-legend=A]")).hasText(aRow);

    // Line 2 reversed runs against line 1: the problem is shown in place, and nothing of the last result stays.
    page.getByLabel("Reversed: the second line").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("line 2 runs against line 1");
    assertThat(page.locator("table.areas")).hasCount(0);
    assertThat(page.getByTestId("compare-legend")).hasCount(0);
    assertThat(page.locator("#map")).hasAttribute("data-overlay", "");
    shoot("compare-failed-1440.png");

    // Back returns to the comparison before; a reload shows it again.
    page.goBack();
    assertThat(page).hasURL(Pattern.compile("line1=B-S1&line2=A-S1$"));
    assertThat(legend.locator("[data-legend=A]")).hasText(aRow);
    page.reload();
    page.waitForSelector("body[data-ready=true]");
    assertThat(legend.locator("[data-legend=A]")).hasText(aRow);

    // A reference point inside A, picked on the map, fills the field and chooses that orientation.
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pick on the map")).click();
    page.locator("#map").click();
    assertThat(page.getByLabel("Reference point inside A (latitude, longitude)"))
        .hasValue(Pattern.compile("^-?\\d+\\.\\d{6}, -?\\d+\\.\\d{6}$"));
    assertThat(page.getByLabel("From a reference point inside party A's territory")).isChecked();

    // From party A's territory as a shipped source draws it: the demo's proposals lie far from it, so the
    // orientation is refused in place; the two shipped lines are each turned by their own source's Armenia.
    page.getByLabel("From party A's territory as a shipped source draws it").check();
    page.getByLabel("Party A's territory from").selectOption("source:osm");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile("orient=territory.*aTerritory=source%3Aosm|aTerritory=source%3Aosm.*orient=territory"));
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("ambiguous");
    assertThat(page.getByTestId("compare-legend")).hasCount(0);
    open("#/compare?line1=source:osm&line2=source:ne&orient=territory&aTerritory=source:osm");
    assertThat(page.locator("dl.summary")).containsText(
        "from party A's territory: source:osm (Armenia), line 2 from source:ne (Armenia)");
    assertThat(page.getByTestId("area-a-to-b")).containsText("597.795 km²"); // data/README.md: 597.8 km²
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void a_party_withdraws_its_proposal_after_a_confirmation_naming_it() {
    // (The demo's Party A expert had their key revoked: Party A's co-chair withdraws.)
    open("#/map");
    signIn("a-chair");
    open("#/map?feature=proposal:A-S2");
    Locator details = page.locator("#details");
    assertThat(details).containsText("Proposal A-S2");
    details.getByLabel("Reason for withdrawing A-S2").fill("Superseded by a survey of the ridge.");
    details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw A-S2")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("Sign: withdraw proposal A-S2");
    assertThat(dialog).containsText(f.node.state().proposal("A-S2").orElseThrow().entryHash());
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign the withdrawal of A-S2")).click();
    assertThat(page.locator(".notice")).containsText("Party A withdrew proposal A-S2 in journal entry");
    assertThat(f.node.state().proposal("A-S2").orElseThrow().withdrawn()).isTrue();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void the_journal_and_sittings_views_withhold_a_confidential_protocol_from_an_anonymous_reader_only()
      throws Exception {
    f.close();
    f = new ServerFixture(Files.createTempDirectory(dir, "peace"), new ApiRoutesTest.MovableClock(),
        SignInPolicy.standard(), true);
    signCheckpointCosignedByBothWitnesses();
    long size = f.node.size();
    open("#/journal");
    assertThat(page.locator("[data-badge=withheld]")).hasCount(2);
    assertThat(page.locator("[data-badge=verified]")).hasCount((int) size - 2);
    assertThat(page.locator("[data-badge=withheld]").first()).hasAttribute("title",
        java.util.regex.Pattern.compile("protocol P-2 is confidential"));
    shoot("journal-withheld.png");
    // The sittings view: the protocol's status for anyone, its text refused as the node words it
    open("#/sittings?protocol=P-2");
    assertThat(page.locator("[data-protocol=P-2]")).containsText("in force, confidential, version 2");
    assertThat(page.locator("section.protocol")).containsText("Protocol P-2 is confidential: your role may not read"
        + " its text (the regulations let co-chair, admin read it)");
    assertThat(page.locator("table[data-dashboard=agreement] tbody tr")).hasCount(2);
    shoot("sittings-anonymous.png");
    signIn("a-chair");
    open("#/journal");
    assertThat(page.locator("[data-badge=verified]")).hasCount((int) size);
    assertThat(page.locator("[data-badge=withheld]")).hasCount(0);
    open("#/sittings?protocol=P-2");
    assertThat(page.locator("section.protocol")).containsText("agreed to meet again");
    shoot("sittings-co-chair.png");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void on_a_phone_the_map_comes_first_and_the_banner_stays_in_view() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
        .setHasTouch(true));
    page = context.newPage();
    page.onPageError(e -> consoleErrors.add("page error: " + e));
    open("#/map?feature=section:S-1");
    assertThat(page.locator("#details")).containsText("Section S-1");
    double mapTop = page.locator("#map").boundingBox().y;
    double panelTop = page.locator("#panel").boundingBox().y;
    assertThat(mapTop).isLessThan(panelTop);
    assertThat(mapTop).isLessThan(844 / 2.0);
    shoot("map-390.png");
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    assertThat(page.locator("#banner").boundingBox().y).isLessThanOrEqualTo(0.5);
    assertThat(page.locator("#banner")).isInViewport();
    shoot("map-390-scrolled.png");
    Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

    open("#/journal");
    assertThat(page.locator("[data-badge]").first()).isVisible();
    assertThat(page.locator("[data-badge]").first()).isInViewport();
    double right = page.locator("[data-badge]").first().boundingBox().x + page.locator("[data-badge]").first().boundingBox().width;
    assertThat(right).isLessThanOrEqualTo(390);
    shoot("journal-390.png");

    open("#/compare?line1=A-S1&line2=B-S1");
    assertThat(page.getByTestId("compare-legend")).isVisible();
    shoot("compare-390.png");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void is_usable_by_keyboard_alone() {
    open("#/map");
    // The first Tab reaches the skip link, then the views; each control has a visible focus ring.
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Skip to content");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Map");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Compare");
    Object outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).isEqualTo("solid");
    page.keyboard().press("Enter");
    assertThat(page.locator("#view-title")).hasText("Compare two lines");
    assertThat(page.locator(":focus")).hasAttribute("id", "view-title");
    // A feature's details from the keyboard: the list's buttons.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map")).focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#view-title")).hasText("Map");
    assertThat(page.locator("#view-title")).isFocused();
    Locator first = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposal A-S1 — Party A, section S-1"));
    first.focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#details")).containsText("Proposal A-S1");
    assertThat(page.locator("#details")).containsText("Proposed by");
    assertThat(consoleErrors).isEmpty();
  }
}
