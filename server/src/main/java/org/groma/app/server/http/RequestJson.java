package org.groma.app.server.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one JSON reader for request bodies, on every route that takes one. Strict, so that the node and any
 * proxy or peer in front of it cannot read one body two ways: a key given twice is refused (which of the two
 * would count is parser-dependent), and so is anything after the value.
 */
public final class RequestJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private RequestJson() {}

  /** The body as a tree; a missing body is a {@code MissingNode}. Errors say what and at which line and column. */
  public static JsonNode read(byte[] body) throws IOException {
    return MAPPER.readTree(body);
  }
}
