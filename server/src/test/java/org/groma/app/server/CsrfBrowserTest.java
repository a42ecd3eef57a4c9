package org.groma.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "Trust", item 6: cross-site request forgery in a real browser. A co-chair is signed in to the node on
 * 127.0.0.1:P; a page served by another server on 127.0.0.1 (another port: the same site, so the
 * SameSite=Strict cookie goes along) posts a note to the node three ways: a form sent as text/plain (whose
 * body is a valid note in JSON), a form sent urlencoded, and fetch() with credentials. Nothing may be appended,
 * and the node must answer each with 403 or 415. Skipped, with the reason printed, without chromium (except
 * under CI=true), like {@link WebMapBrowserTest}.
 */
class CsrfBrowserTest {

  @TempDir
  Path dir;

  /** The attacker's page: auto-submits both forms into hidden frames and fires a fetch, then says so. */
  static String attackerPage(String target) {
    String json = "{\"noteId\":\"N-csrf-1\",\"sectionId\":null,\"text\":\"forged";
    return """
        <!doctype html><html><head><meta charset="utf-8"><title>Win a prize</title></head><body>
        <iframe name="f1"></iframe><iframe name="f2"></iframe>
        <form id="plain" method="POST" enctype="text/plain" target="f1" action="TARGET">
          <input type="hidden" name='NAME' value='x"}'></form>
        <form id="url" method="POST" target="f2" action="TARGET">
          <input type="hidden" name="noteId" value="N-csrf-2"><input type="hidden" name="text" value="forged">
        </form>
        <script>
          document.getElementById('plain').submit();
          document.getElementById('url').submit();
          fetch('TARGET', {method: 'POST', mode: 'no-cors', credentials: 'include',
              headers: {'Content-Type': 'text/plain'},
              body: '{"noteId":"N-csrf-3","sectionId":null,"text":"forged"}'})
            .finally(() => { document.title = 'sent'; });
        </script></body></html>
        """.replace("TARGET", target).replace("NAME", json);
  }

  @Test
  void another_site_cannot_make_a_signed_in_co_chair_append_to_the_journal() throws Exception {
    if (!Files.isExecutable(WebMapBrowserTest.CHROMIUM)) {
      String reason = "no chromium at " + WebMapBrowserTest.CHROMIUM + " (apt-get install chromium): CSRF test";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(reason + " must run under CI=true");
      }
      System.out.println("SKIPPED: " + reason + " skipped");
      Assumptions.abort(reason + " skipped");
    }
    HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    try (ServerFixture f = new ServerFixture(dir, new ApiRoutesTest.MovableClock());
        Playwright playwright = Playwright.create()) {
      String node = "http://127.0.0.1:" + f.server.port();
      byte[] page = attackerPage(node + "/api/acts/note").getBytes(StandardCharsets.UTF_8);
      attacker.createContext("/", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        exchange.getResponseBody().write(page);
        exchange.close();
      });
      attacker.start();
      List<String> args = "root".equals(System.getProperty("user.name")) ? List.of("--no-sandbox") : List.of();
      Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(WebMapBrowserTest.CHROMIUM).setArgs(args).setHeadless(true));
      BrowserContext context = browser.newContext();
      Page victim = context.newPage();

      // The co-chair signs in on the node's own page, as the web map does (a same-origin fetch).
      victim.navigate(node + "/");
      Object signedIn = victim.evaluate("async () => (await fetch('/api/session', {method: 'POST',"
          + " headers: {'Content-Type': 'application/json'}, credentials: 'same-origin',"
          + " body: JSON.stringify({user: 'a-chair', password: '" + ServerFixture.PASSWORD + "'})})).status");
      assertThat(signedIn).isEqualTo(200);
      long size = f.node.size();

      List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
      context.onResponse(r -> {
        if (r.url().equals(node + "/api/acts/note")) {
          answers.add(r.status());
        }
      });
      Page evil = context.newPage();
      evil.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
      evil.waitForCondition(() -> "sent".equals(evil.title()) && answers.size() >= 3,
          new Page.WaitForConditionOptions().setTimeout(30_000));

      assertThat(answers).hasSize(3).allSatisfy(s -> assertThat(s).isIn(403, 415));
      assertThat(f.node.size()).as("no entry appended").isEqualTo(size);
      // The co-chair's own page still writes: same origin passes.
      Object own = victim.evaluate("async () => (await fetch('/api/acts/note', {method: 'POST',"
          + " headers: {'Content-Type': 'application/json'}, credentials: 'same-origin',"
          + " body: JSON.stringify({noteId: 'N-own', sectionId: null, text: 'mine'})})).status");
      assertThat(own).isEqualTo(201);
      assertThat(f.node.size()).isEqualTo(size + 1);
      browser.close();
    } finally {
      attacker.stop(0);
    }
  }
}
