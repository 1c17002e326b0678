package org.qualityaward.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The Camunda Forms of {@code forms/*.form} as JSON trees, read from the classpath as deployed. */
public final class FormSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSchemas() {}

  public static JsonNode load(String formId) {
    try (InputStream in = FormSchemas.class.getResourceAsStream("/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("没有表单 forms/" + formId + ".form");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every component in document order, the members of groups included. */
  public static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collect(form.path("components"), all);
    return all;
  }

  public static Optional<JsonNode> byKey(JsonNode form, String key) {
    return components(form).stream().filter(c -> key.equals(c.path("key").asText(null))).findFirst();
  }

  public static Optional<JsonNode> byId(JsonNode form, String id) {
    return components(form).stream().filter(c -> id.equals(c.path("id").asText(null))).findFirst();
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    StreamSupport.stream(components.spliterator(), false).forEach(c -> {
      into.add(c);
      collect(c.path("components"), into);
    });
  }
}
