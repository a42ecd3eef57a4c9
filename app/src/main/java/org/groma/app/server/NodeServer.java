package org.groma.app.server;

import io.javalin.Javalin;
import java.time.Clock;
import org.groma.app.node.CommissionNode;

/**
 * One commission's node on HTTP: the JSON API and whatever else is installed on it, bound to one address.
 * Errors of every route become problem+json in {@link Problems}.
 */
public final class NodeServer implements AutoCloseable {

  /** Largest request body accepted (1 MB: a proposal of tens of thousands of turning points fits). */
  public static final long MAX_BODY_BYTES = 1_000_000;

  private final Javalin app;
  private final ServerContext context;

  private NodeServer(Javalin app, ServerContext context) {
    this.app = app;
    this.context = context;
  }

  /** Starts serving {@code node} on {@code bind}:{@code port} (port 0: any free port). */
  public static NodeServer start(CommissionNode node, Accounts accounts, NodeSigner signer, String bind, int port,
      Clock clock) {
    ServerContext ctx = new ServerContext(node, accounts, new Sessions(clock), signer, clock);
    Javalin app = Javalin.create(config -> {
      config.jetty.host = bind;
      config.jetty.port = port;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.startup.showJavalinBanner = false;
      Problems.install(config.routes);
      ApiRoutes.install(config.routes, ctx);
      org.groma.app.server.ogc.OgcRoutes.install(config.routes, node, clock);
      WebRoutes.install(config, ctx);
      org.groma.app.server.sync.SyncRoutes.install(config.routes, node, signer);
    });
    app.start();
    return new NodeServer(app, ctx);
  }

  public int port() {
    return app.port();
  }

  public CommissionNode node() {
    return context.node();
  }

  @Override
  public void close() {
    app.stop();
  }
}
