package org.qualityaward;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.testing.FormSchemas;
import org.qualityaward.application.ConditionReview;

/**
 * What every Camunda Form in {@code forms/} promises the people at Tasklist: Chinese labels, bounded
 * input, the case's context at the top, and choice lists the server accepts.
 */
class FormsTest {

  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
      "checkbox", "checklist", "taglist");
  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern FORM_REF = Pattern.compile("<bpmn:(\\w+) id=\"[^\"]+\"[^>]*camunda:formRef=\"([^\"]+)\"");

  /** Each choice list and the values the server reads it as. */
  private static final Map<String, Supplier<Set<String>>> CHOICES = choices();

  private static Map<String, Supplier<Set<String>>> choices() {
    Map<String, Supplier<Set<String>>> choices = new java.util.HashMap<>(Map.of(
        "kind", () -> names(ApplicationKind.values()),
        "ground", () -> names(RevocationGround.values()),
        "recommenderCode", FormsTest::seededRecommenderCodes));
    for (ConditionReview.Step step : ConditionReview.Step.values()) {
      for (int slot = 1; slot <= ConditionReview.FORM_SLOTS; slot++) {
        choices.put(step.field(slot), () -> ConditionReview.CHOICES);
      }
    }
    return choices;
  }

  static Stream<String> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
          .map(n -> n.substring(0, n.length() - ".form".length())).sorted().toList().stream();
    }
  }

  @Test
  @DisplayName("every form a model references exists, and every form is referenced")
  void modelsAndFormsMatch() throws IOException {
    assertThat(formRefs().keySet()).containsExactlyInAnyOrderElementsOf(forms().toList());
  }

  @ParameterizedTest
  @MethodSource("forms")
  @DisplayName("every input field has a Chinese label")
  void chineseLabels(String formId) {
    assertThat(inputs(FormSchemas.load(formId)))
        .allSatisfy(c -> assertThat(c.path("label").asText()).as(c.path("key").asText()).containsPattern(CHINESE));
  }

  @ParameterizedTest
  @MethodSource("forms")
  @DisplayName("every field a person fills in is bounded: text by length or pattern, numbers by min and max, dates as dates")
  void enteredFieldsAreBounded(String formId) {
    for (JsonNode c : inputs(FormSchemas.load(formId))) {
      if (c.path("readonly").asBoolean()) {
        continue;
      }
      JsonNode validate = c.path("validate");
      String field = formId + "." + c.path("key").asText();
      switch (c.path("type").asText()) {
        case "textfield", "textarea" ->
            assertThat(validate.has("maxLength") || validate.has("pattern")).as(field + " 无长度或格式限制").isTrue();
        case "number" -> assertThat(validate.has("min") && validate.has("max")).as(field + " 无上下限").isTrue();
        case "datetime" -> assertThat(c.path("subtype").asText()).as(field).isEqualTo("date");
        default -> { }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  @DisplayName("a task's form opens with the case's context and deadline; a start form with its title and article")
  void contextHeaderFirst(String formId) throws IOException {
    JsonNode components = FormSchemas.load(formId).path("components");
    assertThat(components.get(0).path("type").asText()).isEqualTo("text");
    if (formRefs().get(formId).equals("startEvent")) {
      // no case exists before the start form is submitted: the title states the rules it follows
      assertThat(components.get(0).path("text").asText()).containsPattern("第[一二三四五六七八九十]+(至[一二三四五六七八九十]+)?条");
      return;
    }
    JsonNode header = components.get(1);
    assertThat(header.path("id").asText()).isEqualTo("Group_context");
    List<JsonNode> inHeader = FormSchemas.components(header);
    assertThat(inHeader).filteredOn(c -> INPUTS.contains(c.path("type").asText()))
        .allSatisfy(c -> assertThat(c.path("readonly").asBoolean()).as(c.path("key").asText()).isTrue());
    String context = inHeader.stream().filter(c -> c.path("id").asText().equals("Text_context")).findFirst()
        .orElseThrow().path("text").asText();
    assertThat(context).contains("{{dueDateLabel}}");
  }

  @ParameterizedTest
  @MethodSource("forms")
  @DisplayName("every select and radio offers exactly the values the server accepts")
  void choicesMatchTheServer(String formId) {
    FormSchemas.components(FormSchemas.load(formId)).stream()
        .filter(c -> Set.of("select", "radio", "checklist").contains(c.path("type").asText()))
        .forEach(c -> {
          String key = c.path("key").asText();
          assertThat(CHOICES).as(formId + "." + key + " 的取值未与服务端核对").containsKey(key);
          Set<String> offered = StreamSupport.stream(c.path("values").spliterator(), false)
              .peek(v -> assertThat(v.path("label").asText()).containsPattern(CHINESE))
              .map(v -> v.path("value").asText()).collect(Collectors.toSet());
          assertThat(offered).as(formId + "." + key).isEqualTo(CHOICES.get(key).get());
        });
  }

  private static List<JsonNode> inputs(JsonNode form) {
    return FormSchemas.components(form).stream().filter(c -> INPUTS.contains(c.path("type").asText())).toList();
  }

  /** Form id → the element type that references it ({@code userTask} or {@code startEvent}). */
  private static Map<String, String> formRefs() throws IOException {
    Map<String, String> refs = new java.util.HashMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher ref = FORM_REF.matcher(Files.readString(model));
        while (ref.find()) {
          refs.put(ref.group(2), ref.group(1));
        }
      }
    }
    return refs;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The recommending units are rows seeded by migration V2 (第十六条). */
  private static Set<String> seededRecommenderCodes() {
    try {
      Matcher code = Pattern.compile("'(R-[A-Z-]+)'")
          .matcher(Files.readString(Path.of("src/main/resources/db/migration/V2__baoding_recommenders.sql")));
      Set<String> codes = new HashSet<>();
      while (code.find()) {
        codes.add(code.group(1));
      }
      return codes;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
