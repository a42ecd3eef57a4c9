package org.groma.app.server;

import java.time.Clock;
import org.groma.app.keys.NodeSigner;
import org.groma.app.node.CommissionNode;

/** What every route module of the server works with. */
record ServerContext(CommissionNode node, Accounts accounts, Sessions sessions, NodeSigner signer, Clock clock) {}
