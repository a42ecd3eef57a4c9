package org.groma.app.server;

import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import java.util.EnumSet;
import org.groma.app.keys.NodeSigner;
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
  private final SignIn signIn;

  private NodeServer(Javalin app, ServerContext context, SignIn signIn) {
    this.app = app;
    this.context = context;
    this.signIn = signIn;
  }

  /** Starts serving {@code node} on {@code bind}:{@code port} (port 0: any free port). */
  public static NodeServer start(CommissionNode node, Accounts accounts, NodeSigner signer, String bind, int port,
      Clock clock) {
    return start(node, accounts, signer, bind, port, clock, SignInPolicy.standard());
  }

  /** The same, with another sign-in policy (throttling and password-check limits). */
  public static NodeServer start(CommissionNode node, Accounts accounts, NodeSigner signer, String bind, int port,
      Clock clock, SignInPolicy policy) {
    ServerContext ctx = new ServerContext(node, accounts, new Sessions(clock), signer, clock);
    SignIn signIn = new SignIn(accounts, ctx.sessions(), policy, clock);
    Javalin app = Javalin.create(config -> {
      config.jetty.host = bind;
      config.jetty.port = port;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.startup.showJavalinBanner = false;
      // Security headers on every answer, and Jetty's own errors (bad request line, URI too long) as problem+json.
      config.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new SecurityHeaders()), "/*",
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR)));
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblemHandler()));
      Problems.install(config.routes);
      RequestGuards.install(config.routes);
      ApiRoutes.install(config.routes, ctx, signIn);
      ProtocolRoutes.install(config.routes, ctx);
      CommitmentRoutes.install(config.routes, ctx);
      org.groma.app.server.ogc.OgcRoutes.install(config.routes, node, clock);
      WebRoutes.install(config, ctx);
      org.groma.app.server.sync.SyncRoutes.install(config.routes, node, signer);
    });
    app.start();
    return new NodeServer(app, ctx, signIn);
  }

  public int port() {
    return app.port();
  }

  SignIn signIn() {
    return signIn;
  }

  public CommissionNode node() {
    return context.node();
  }

  @Override
  public void close() {
    app.stop();
    signIn.close();
  }
}
