/**
 * The node's HTTP server (Javalin): the JSON API for every act and read of the commission's journal, sign-in
 * with Argon2id passwords and expiring sessions, role gates on every write, and RFC 9457 problem details for
 * every error, mapped in one place ({@link org.groma.app.server.Problems}).
 */
package org.groma.app.server;
