package org.qualityaward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps ship only English and German; ours are served in Chinese from our own
 * {@code zh.json}, {@code config.js} and {@code user-styles.css} beside the webjar's. When the
 * webjar is upgraded, its {@code en.json} grows keys: this test names every one our Chinese
 * file lacks, so no English label slips back into the staff's screens.
 */
class WebappTranslationTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    /** English values that stay as they are in Chinese: product names and null markers. */
    private static final Set<String> SAME_IN_CHINESE = Set.of(
            "Camunda", "Cockpit", "Tasklist", "Admin", "Optimize", "Camunda Cockpit",
            "null", "<null>", "<undefined>");

    /** A Latin word of three or more letters outside a {{placeholder}}: the value is still English. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z][a-z]{2,}\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** Markup the labels use; a word in angle brackets such as {@code <definition>} is text to translate. */
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|p|span|strong)\\b[^<>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLocaleHasEveryKeyOfTheBundledEnglishOneTranslated(String app) throws IOException {
        URL chineseFile = ownResource(APP + app + "/locales/zh.json");
        assertThat(chineseFile).as("%s/locales/zh.json is missing: the app would show its keys", app).isNotNull();
        JsonNode english = json.readTree(stripByteOrderMark(read(webjarResource(APP + app + "/locales/en.json"))));
        JsonNode chinese = json.readTree(read(chineseFile));

        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> brokenMarkup = new ArrayList<>();
        compare("", english, chinese, missing, untranslated, brokenMarkup);

        assertSoftly(soft -> {
            soft.assertThat(missing).as("%s: keys of en.json missing in zh.json", app).isEmpty();
            soft.assertThat(untranslated).as("%s: values still in English", app).isEmpty();
            soft.assertThat(brokenMarkup).as("%s: placeholders or HTML tags of the English value lost", app).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersChineseToEveryBrowser(String app) throws IOException {
        String config = withoutComments(read(ownResource(APP + app + "/scripts/config.js")));

        Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
        assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
        // Any other locale offered would win for a browser in that language.
        assertThat(available.group(1).trim()).as("%s availableLocales", app).isEqualTo("'zh'");
        assertThat(config).as("%s config.js falls back to zh", app).containsPattern("fallbackLocale:\\s*'zh'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void userStylesHideTheEndOfLifeBanner(String app) throws IOException {
        String css = read(ownResource(APP + app + "/styles/user-styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");

        assertThat(css).containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display:\\s*none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyCustomScriptOfTheConfigExists(String app) throws IOException {
        String config = withoutComments(read(ownResource(APP + app + "/scripts/config.js")));
        Matcher scripts = Pattern.compile("customScripts:\\s*\\[([^]]*)]").matcher(config);
        if (!scripts.find()) {
            return;
        }
        Matcher name = Pattern.compile("'([^']+)'").matcher(scripts.group(1));
        while (name.find()) {
            // The webapp imports <app>/<name>.js relative to the app folder.
            assertThat(ownResource(APP + app + "/" + name.group(1) + ".js")).as(name.group(1)).isNotNull();
        }
    }

    private void compare(String path, JsonNode english, JsonNode chinese,
                         List<String> missing, List<String> untranslated, List<String> brokenMarkup) {
        if (chinese == null || chinese.isMissingNode()) {
            missing.add(path);
            return;
        }
        if (english.isObject()) {
            for (Map.Entry<String, JsonNode> field : english.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                compare(child, field.getValue(), chinese.get(field.getKey()), missing, untranslated, brokenMarkup);
            }
        } else if (english.isArray()) {
            for (int i = 0; i < english.size(); i++) {
                compare(path + "[" + i + "]", english.get(i), chinese.get(i), missing, untranslated, brokenMarkup);
            }
        } else if (english.isTextual()) {
            String en = english.asText();
            String zh = chinese.asText();
            if (en.equals(zh) && !SAME_IN_CHINESE.contains(en)
                    && ENGLISH_WORD.matcher(PLACEHOLDER.matcher(en).replaceAll("")).find()) {
                untranslated.add(path + " = " + en);
            }
            if (!matches(PLACEHOLDER, en).equals(matches(PLACEHOLDER, zh))
                    || !matches(HTML_TAG, zh).containsAll(matches(HTML_TAG, en))) {
                brokenMarkup.add(path + " = " + zh);
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String withoutComments(String script) {
        return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    /** The bundled en.json files start with a UTF-8 byte-order mark, which Jackson rejects. */
    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Ours, not the webjar's file of the same path. */
    private static URL ownResource(String path) throws IOException {
        return resources(path).stream().filter(url -> !url.toString().contains(WEBJAR)).findFirst().orElse(null);
    }

    private static URL webjarResource(String path) throws IOException {
        return resources(path).stream().filter(url -> url.toString().contains(WEBJAR)).findFirst()
                .orElseThrow(() -> new AssertionError("the Camunda webjar on the classpath has no " + path));
    }

    private static Set<URL> resources(String path) throws IOException {
        return new LinkedHashSet<>(Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path)));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
