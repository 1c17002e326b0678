package org.qualityaward.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One caller of the running application over real HTTP, as a person would call it: anonymous, with
 * HTTP Basic, or with a webapp session (logged in to Tasklist, CSRF token sent like the webapp does).
 */
public final class HttpCaller {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String basic;
  private final HttpClient client;
  private final CookieManager cookies;

  private HttpCaller(int port, String basic, CookieManager cookies) {
    this.port = port;
    this.basic = basic;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  public static HttpCaller anonymous(int port) {
    return new HttpCaller(port, null, null);
  }

  public static HttpCaller basic(int port, String userId, String password) {
    return new HttpCaller(port, Base64.getEncoder()
        .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
  }

  /** Logged in to a webapp ({@code tasklist}, {@code cockpit}) as its login page does; later calls send the CSRF token. */
  public static HttpCaller webapp(int port, String userId, String password, String app) {
    HttpCaller caller = new HttpCaller(port, null, new LocalhostCookies());
    caller.send("GET", "/camunda/app/" + app + "/default/", null, null);
    HttpResponse<String> login = caller.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("webapp login of " + userId + " failed: " + login.statusCode() + " " + login.body());
    }
    // the login starts a new session: like the browser, the next read fetches its CSRF token, without which
    // a first write would be refused
    caller.send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return caller;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  /** A page as a browser asks for it. */
  public HttpResponse<String> page(String path) {
    return send("GET", path, null, null, "text/html");
  }

  /** A GET accepting the given media type, e.g. Prometheus's text format. */
  public HttpResponse<String> get(String path, String accept) {
    return send("GET", path, null, null, accept);
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  /** A POST accepting the given media type, e.g. the HAL the webapps' engine client asks for. */
  public HttpResponse<String> post(String path, String json, String accept) {
    return send("POST", path, "application/json", json, accept);
  }

  public HttpResponse<String> put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null, null);
  }

  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    return send(method, path, contentType, body, "application/json");
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (basic != null) {
      request.header("Authorization", "Basic " + basic);
    }
    if (cookies != null) {
      cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst()
          .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      request.header("Origin", "http://localhost:" + port);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(response.body(), e);
    }
  }
}
