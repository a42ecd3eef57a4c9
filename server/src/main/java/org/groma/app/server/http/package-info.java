/**
 * What every route of the node's HTTP server shares, below the JSON API ({@code server}), the OGC API
 * ({@code server.ogc}) and sync ({@code server.sync}): the HTTP error a route throws
 * ({@link org.groma.app.server.http.ProblemException}, rendered as RFC 9457 problem details by
 * {@code server.Problems}) and the one strict reader of request bodies. It depends on none of them, so the
 * three route packages form no cycle; {@code server.NodeServer} mounts them all.
 */
package org.groma.app.server.http;
